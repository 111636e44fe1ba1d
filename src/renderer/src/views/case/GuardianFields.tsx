// The orang tua / wali of a child: who speaks for them and is told of every step (UU 11/2012), kept
// confidential with the child.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { GuardianForm } from './person-form';

type Props = { value: GuardianForm; onChange: (g: GuardianForm) => void; at: (field: string) => string | null };

export function GuardianFields({ value, onChange, at }: Props) {
  const { t } = useTranslation();
  const input = (key: keyof GuardianForm, label: string, optional: boolean) => (
    <TextField
      label={label}
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      error={at(`guardian.${key}`)}
      data-field={`guardian.${key}`}
      type={key === 'phone' ? 'tel' : 'text'}
      optional={optional}
    />
  );
  return (
    <fieldset className="form-section subform">
      <legend className="form-section__title">{t('caseDetail.person.guardian')}</legend>
      <p className="field__hint subform__hint">{t('caseDetail.person.guardianHint')}</p>
      <div className="form-grid form-grid--three">
        {input('name', t('caseDetail.person.guardianName'), false)}
        {input('relation', t('caseDetail.person.guardianRelation'), true)}
        {input('phone', t('caseDetail.person.guardianPhone'), true)}
      </div>
    </fieldset>
  );
}
