// The identity inputs of KUHAP Pasal 143(2)(a) (nama lengkap, tempat lahir, tanggal lahir, jenis
// kelamin, kewarganegaraan, tempat tinggal, agama, pekerjaan) and what practice adds (NIK, alias,
// pendidikan, telepon), in the order a BAP writes them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from './DateInput';
import type { PersonForm } from './person-form';

type TextKey = Exclude<keyof PersonForm, 'sex'>;

type Props = {
  value: PersonForm;
  onChange: <K extends keyof PersonForm>(key: K, value: PersonForm[K]) => void;
  at: (field: string) => string | null;
  today: string;
  onNikBlur: () => void;
  /** Under the NIK: the person already recorded with it, if any. */
  nikNotice?: ReactNode;
  /** Under the birth date: the age on the first day of the offence. */
  agePreview?: ReactNode;
};

export function PersonFields({ value, onChange, at, today, onNikBlur, nikNotice, agePreview }: Props) {
  const { t } = useTranslation();
  const field = (key: TextKey, more: { optional?: boolean; className?: string; type?: string; hint?: string; autoFocus?: boolean } = {}) => (
    <TextField
      label={t(`caseDetail.person.${key}`)}
      value={value[key]}
      onChange={(e) => onChange(key, e.target.value)}
      error={at(key)}
      data-field={key}
      optional={more.optional ?? true}
      {...more}
    />
  );
  return (
    <div className="form-grid form-grid--three">
      {field('fullName', { optional: false, className: 'form-grid__span2', autoFocus: true })}
      {field('alias')}
      <TextField
        label={t('caseDetail.person.nik')}
        value={value.nik}
        onChange={(e) => onChange('nik', e.target.value)}
        onBlur={onNikBlur}
        error={at('nik')}
        hint={t('caseDetail.person.nikHint')}
        inputMode="numeric"
        spellCheck={false}
        data-field="nik"
        optional
      />
      {field('birthPlace')}
      <DateInput
        label={t('caseDetail.person.birthDate')}
        max={today}
        value={value.birthDate}
        onChange={(e) => onChange('birthDate', e.target.value)}
        error={at('birthDate')}
        data-field="birthDate"
        optional
      />
      {nikNotice && <div className="form-grid__wide">{nikNotice}</div>}
      {agePreview && <div className="form-grid__wide">{agePreview}</div>}
      <SelectField
        label={t('caseDetail.person.sex')}
        value={value.sex}
        onChange={(e) => onChange('sex', e.target.value === 'L' || e.target.value === 'P' ? e.target.value : '')}
        options={[
          { value: '', label: t('caseDetail.person.sexes.none') },
          { value: 'L', label: t('caseDetail.person.sexes.L') },
          { value: 'P', label: t('caseDetail.person.sexes.P') },
        ]}
        data-field="sex"
      />
      {field('nationality')}
      {field('religion')}
      {field('address', { className: 'form-grid__wide' })}
      {field('occupation')}
      {field('education')}
      {field('phone', { type: 'tel' })}
    </div>
  );
}
