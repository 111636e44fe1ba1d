// The marks an investigator must see before reading a name aloud or copying it into a letter:
// Anak (with the age on the first day of the offence) and Dirahasiakan.
import { useTranslation } from 'react-i18next';
import { ActionIcon } from '../../components/ActionIcon';
import type { PartyView } from './record-types';

export function PartyBadges({ party, showRole }: { party: PartyView; showRole: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      {showRole && <span className="chip">{t(`records.partyRole.${party.role}`)}</span>}
      {party.networkRole && <span className="chip chip--accent">{t(`records.networkRole.${party.networkRole}`)}</span>}
      {party.child && (
        <span className="badge badge--child">
          <ActionIcon name="child" size={15} />
          {party.ageAtOffence !== null ? t('caseDetail.parties.childAge', { age: party.ageAtOffence }) : t('caseDetail.parties.child')}
        </span>
      )}
      {party.confidential && (
        <span className="badge badge--secret">
          <ActionIcon name="shield" size={15} />
          {t('caseDetail.parties.confidential')}
        </span>
      )}
    </span>
  );
}
