// Saving a form: busy while the core works, and what it refused, placed at the fields the form
// shows (field-errors.ts). Problems are kept as the core's codes and worded at render time, so a
// language switch re-words a message already on screen. After a refusal the focus goes to the
// first marked input (or to the message at the top), so the person sees why and Esc still works.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, WireError } from '../../../../shared/ipc/contract';
import { useLang } from '../../i18n';
import { placeProblems, problemOf, type Problem } from './field-errors';

export type Save = {
  busy: boolean;
  /** Every problem, those without an input of this form as field null. */
  problems: Problem[];
  /** The message at one field, if any. */
  at: (field: string) => string | null;
  /** Marks fields the person left empty (checked before calling the core). */
  setMissing: (fields: string[]) => void;
  /** Runs the call unless one is already running; null when it was refused (or skipped). */
  submit: <T>(call: () => Promise<Envelope<T>>) => Promise<T | null>;
  clear: () => void;
};

type Options = { form: RefObject<HTMLElement | null>; aliases?: Readonly<Record<string, string>> };

/** Moves the focus to the input of a field (inputs carry data-field with the core's field name). */
export function focusField(form: HTMLElement | null, field: string): void {
  form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.focus();
}

export function useSave(fields: readonly string[], { form, aliases = {} }: Options): Save {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [error, setError] = useState<WireError | null>(null);
  const [missing, setMissingState] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);

  const raw: Problem[] = [...missing.map((field) => ({ field, message: t('common.fieldRequired') })), ...(error ? [problemOf(error, lang, aliases)] : [])];
  const placed = placeProblems(raw, fields);
  const problems = raw.map((p) => (p.field !== null && fields.includes(p.field) ? p : { field: null, message: p.message }));
  const first = problems.find((p) => p.field !== null)?.field ?? null;

  useEffect(() => {
    if (failures === 0) return;
    const root = form.current;
    if (first) focusField(root, first);
    else root?.querySelector<HTMLElement>('.problems')?.focus();
    // Keyed on the count of refusals only: a re-render must not pull the focus back.
  }, [failures]);

  const setMissing = useCallback((fieldsLeft: string[]) => {
    setError(null);
    setMissingState(fieldsLeft);
    setFailures((n) => n + 1);
  }, []);

  const submit = useCallback(async <T,>(call: () => Promise<Envelope<T>>): Promise<T | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    setError(null);
    setMissingState([]);
    try {
      const answer = await call();
      if (!answer.ok) {
        setError(answer.error);
        setFailures((n) => n + 1);
        return null;
      }
      return answer.value;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => {
    setError(null);
    setMissingState([]);
  }, []);

  return { busy, problems, at: (field) => placed.at[field] ?? null, setMissing, submit, clear };
}
