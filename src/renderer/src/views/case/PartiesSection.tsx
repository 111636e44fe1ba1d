// The people of one role (Saksi & Ahli: two) in this case: add, change, remove; for a tersangka,
// their arrests and detentions too. The add form opens above the list, so the list stays in view.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyRole } from '../../../../shared/domain/person';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { ActionIcon } from '../../components/ActionIcon';
import { EmptyState } from '../../components/EmptyState';
import { useCaseTools } from './case-context';
import { PartyForm } from './PartyForm';
import { PartyItem } from './PartyItem';
import type { PartyView, PerkaraView } from './record-types';
import { SECTION_ROLES, type PeopleSection } from './sections';

type Props = {
  section: PeopleSection;
  perkara: PerkaraView;
  parties: readonly PartyView[] | null;
  ruleSets: readonly RuleSet[];
  onChanged: () => Promise<void>;
};

export function PartiesSection({ section, perkara, parties, ruleSets, onChanged }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  const roles: readonly PartyRole[] = SECTION_ROLES[section];
  const [adding, setAdding] = useState<PartyRole | null>(null);
  const shown = (parties ?? []).filter((p) => roles.includes(p.role));

  return (
    <div className="people">
      <div className="section-bar">
        <h2 className="section-bar__title">{t(`caseDetail.sections.${section}`)}</h2>
        {canEdit && (
          <div className="section-bar__actions">
            {roles.map((role) => (
              <button key={role} type="button" className="btn btn--primary" onClick={() => setAdding(role)} disabled={adding !== null}>
                <ActionIcon name="plus" />
                {t(`caseDetail.parties.add.${role}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      {adding && (
        <PartyForm
          key={adding}
          role={adding}
          perkara={perkara}
          onClose={() => setAdding(null)}
          onSaved={async () => {
            setAdding(null);
            await onChanged();
          }}
        />
      )}
      {parties === null ? (
        <p className="list-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('caseDetail.loading')}
        </p>
      ) : shown.length === 0 ? (
        !adding && (
          <EmptyState icon="inbox" title={t(`caseDetail.parties.emptyTitle.${section}`)}>
            <p className="empty__text">{t('caseDetail.parties.emptyText')}</p>
          </EmptyState>
        )
      ) : (
        <ul className="people__list">
          {shown.map((p) => (
            <li key={p.id}>
              <PartyItem party={p} perkara={perkara} ruleSets={ruleSets} showRole={roles.length > 1} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
