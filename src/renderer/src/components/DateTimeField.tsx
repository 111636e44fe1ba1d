// A date with an optional (or required) time of day, as two native inputs under one label: the
// calendar date is what most records need, the time is what an arrest's 24 hours count from.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  /** The zone the time is read in (WIB, WITA, WIT), shown beside it. */
  zone: string;
  error?: string | null;
  hint?: string;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  /** The field's name as the core reports it, for the error summary to find the input. */
  field?: string;
  autoFocus?: boolean;
};

export function DateTimeField({ label, date, time, onDate, onTime, zone, error, hint, required, optional, disabled, field, autoFocus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = error ? 'input input--invalid' : 'input';
  return (
    <fieldset className="field datetime" aria-describedby={describedBy}>
      <legend className="field__label">
        {label}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </legend>
      <div className="datetime__row">
        <input
          type="date"
          className={`${invalid} datetime__date`}
          value={date}
          onChange={(e) => onDate(e.target.value)}
          required={required}
          disabled={disabled}
          aria-label={t('caseDetail.form.dateOf', { label })}
          aria-invalid={error ? true : undefined}
          data-field={field}
          autoFocus={autoFocus}
        />
        <input
          type="time"
          className={`${invalid} datetime__time`}
          value={time}
          onChange={(e) => onTime(e.target.value)}
          required={required}
          disabled={disabled}
          aria-label={t('caseDetail.form.timeOf', { label, zone })}
          aria-invalid={error ? true : undefined}
        />
        <span className="datetime__zone">{zone}</span>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
