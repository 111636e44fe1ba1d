// A typed NIK that is already recorded: the same person, most likely, in another case or role.
// Offered as "use this person" so the case links the one record instead of making a duplicate
// (which the core would refuse anyway, naming the NIK).
import { useTranslation } from 'react-i18next';
import { ActionIcon } from '../../components/ActionIcon';
import { useCaseTools } from './case-context';
import type { PersonView } from './record-types';

export function NikMatch({ person, onUse }: { person: PersonView; onUse?: () => void }) {
  const { t } = useTranslation();
  const { formats } = useCaseTools();
  const text = person.birthDate
    ? t('caseDetail.person.nikMatchBorn', { name: person.fullName, date: formats.longDate(person.birthDate) })
    : t('caseDetail.person.nikMatch', { name: person.fullName });
  return (
    <div className="nik-match" role="status">
      <p className="nik-match__text">{text}</p>
      {onUse && (
        <button type="button" className="btn btn--secondary btn--small" onClick={onUse}>
          <ActionIcon name="link" size={16} />
          {t('caseDetail.person.useExisting')}
        </button>
      )}
    </div>
  );
}
