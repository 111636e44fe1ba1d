// A labelled multi-line input, wired like TextField (hint and error read with it). It grows with
// its text (CSS field-sizing), so a long resume paragraph is read without a second scroll bar.
import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: ReactNode;
  hint?: string;
  error?: string | null;
  optional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
  className?: string;
};

export function TextAreaField({ label, hint, error, optional, ref, className, ...area }: Props) {
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
      <textarea
        {...area}
        ref={ref}
        id={id}
        className={error ? 'input textarea input--invalid' : 'input textarea'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
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
