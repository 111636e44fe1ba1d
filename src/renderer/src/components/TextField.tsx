// A labelled input with its hint and its error tied to it (aria-describedby), so a screen reader
// reads all three when the field takes focus.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: string | null;
  optional?: boolean;
  /** Beside the input, inside the same row: a show/hide or a choose-folder button. */
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  className?: string;
};

export function TextField({ label, hint, error, optional, trailing, ref, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      <div className="field__row">
        <input
          {...input}
          ref={ref}
          id={id}
          className={error ? 'input input--invalid' : 'input'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {trailing}
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
