// Pasal sangkaan: the chosen articles (law, article, title) and the heaviest threatened penalty,
// which decides the detention extensions allowed; changed as a checklist of the catalogue.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChargesForm } from './ChargesForm';
import { EditButton } from './EditButton';
import { Panel } from './Panel';
import type { ChargeView, PerkaraView } from './record-types';

type Props = { perkara: PerkaraView; charges: readonly ChargeView[]; onSaved: (p: PerkaraView) => void };

export function ChargesPanel({ perkara, charges, onSaved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = t('caseDetail.summary.chargesCard');
  const byId = new Map(charges.map((c) => [c.id, c]));

  return (
    <Panel title={title} actions={!editing && <EditButton what={title} onClick={() => setEditing(true)} />}>
      {editing ? (
        <ChargesForm
          perkara={perkara}
          catalog={charges}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            onSaved(p);
            setEditing(false);
          }}
        />
      ) : perkara.charges.length === 0 ? (
        <p className="panel__empty">{t('caseDetail.summary.chargesNone')}</p>
      ) : (
        <>
          <ul className="charges">
            {perkara.charges.map((id) => {
              const c = byId.get(id);
              return (
                <li key={id} className="charges__item">
                  {c ? (
                    <>
                      <span className="charges__ref">
                        {c.article} {c.law}
                      </span>
                      <span className="charges__title">{c.title}</span>
                    </>
                  ) : (
                    <span className="charges__ref">{t('caseDetail.summary.unknownCharge', { id })}</span>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="charges__threat">{t('caseDetail.summary.threat', { count: perkara.threatYears })}</p>
        </>
      )}
    </Panel>
  );
}
