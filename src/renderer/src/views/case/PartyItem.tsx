// One person in a role: name and marks, the identity in short, stored warnings (a NIK that does not
// match the birth date), and for a tersangka the arrests and detentions. Changed in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from './case-context';
import { EditButton } from './EditButton';
import { FieldWarnings } from './FieldWarnings';
import { PartyBadges } from './PartyBadges';
import { PartyForm } from './PartyForm';
import type { PartyView, PerkaraView } from './record-types';
import { SuspectCustody } from './SuspectCustody';

type Props = { party: PartyView; perkara: PerkaraView; ruleSets: readonly RuleSet[]; showRole: boolean; onChanged: () => Promise<void> };

export function PartyItem({ party, perkara, ruleSets, showRole, onChanged }: Props) {
  const { t } = useTranslation();
  const { api, confirm, formats } = useCaseTools();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const p = party.person;
  const name = p.fullName;

  const remove = async (): Promise<void> => {
    const yes = await confirm({
      title: t('caseDetail.parties.removeTitle', { name }),
      text: t('caseDetail.parties.removeText'),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('parties:remove', { id: party.id });
    if (r.ok) await onChanged();
    else setError(r.error);
  };

  if (editing) {
    return (
      <PartyForm
        role={party.role}
        perkara={perkara}
        party={party}
        onClose={() => setEditing(false)}
        onSaved={async () => {
          setEditing(false);
          await onChanged();
        }}
      />
    );
  }

  const born = [p.birthPlace, p.birthDate ? formats.longDate(p.birthDate) : ''].filter(Boolean).join(', ');
  const facts: Array<[string, string]> = [
    p.nik ? [t('caseDetail.person.nik'), p.nik] : ['', t('caseDetail.parties.noNik')],
    [t('caseDetail.parties.bornLabel'), born],
    [t('caseDetail.person.sex'), p.sex ? t(`caseDetail.person.sexes.${p.sex}`) : ''],
    [t('caseDetail.person.occupation'), p.occupation],
    [t('caseDetail.person.address'), p.address],
    [t('caseDetail.person.phone'), p.phone],
  ];
  if (party.ageAtOffence !== null && !party.child) facts.splice(2, 0, ['', t('caseDetail.parties.age', { age: party.ageAtOffence })]);
  if (party.guardian) facts.push([t('caseDetail.person.guardian'), [party.guardian.name, party.guardian.relation, party.guardian.phone].filter(Boolean).join(' · ')]);

  return (
    <article className={party.confidential ? 'person person--secret' : 'person'} aria-label={name}>
      <header className="person__head">
        <div className="person__who">
          <h3 className="person__name">
            {name}
            {p.alias && <span className="person__alias"> alias {p.alias}</span>}
          </h3>
          <PartyBadges party={party} showRole={showRole} />
        </div>
        <div className="person__actions">
          <EditButton what={name} onClick={() => setEditing(true)} />
          <EditButton icon="trash" label={t('caseDetail.remove')} what={name} onClick={() => void remove()} />
        </div>
      </header>
      <dl className="person__facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value], i) => (
            <div key={`${label}-${i}`} className="person__fact">
              {label && <dt>{label}</dt>}
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {party.notes && <p className="person__notes">{party.notes}</p>}
      <FieldWarnings warnings={p.warnings} />
      <ErrorAlert error={error} />
      {party.role === 'tersangka' && <SuspectCustody party={party} perkara={perkara} ruleSets={ruleSets} />}
    </article>
  );
}
