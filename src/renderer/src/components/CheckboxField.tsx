// A checkbox with its label beside it and, under it, why it is as it is (a disabled box says why
// it cannot be changed, so the person is not left guessing).
import { useId, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { label: string; hint?: string | null; error?: string | null };

export function CheckboxField({ label, hint, error, ...input }: Props) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field field--check">
      <div className="check">
        <input {...input} type="checkbox" id={id} className="check__box" aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        <label className="check__label" htmlFor={id}>
          {label}
        </label>
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
    </div>
  );
}
