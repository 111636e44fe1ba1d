// A new case from its Laporan Polisi: LP number, LP date and title, with the satker (from the
// settings), the place and the start of the offence if known. Enter saves, Esc cancels; leaving
// with something typed asks first (the workspace holds the question, see Workspace.tsx). A refusal
// of the core lands at the field it names, in the core's own words; on success the case opens.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState, WireError } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { guardedApi } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useEscape } from '../../components/useEscape';
import { useLang } from '../../i18n';
import { todayIn } from '../workspace/dates';
import { LeavePrompt } from '../workspace/LeavePrompt';
import { emptyFields, FIELD_ORDER, fieldOfError, fieldSentence, isDirty, localProblems, lpExample, toInput, type FieldName, type LocalProblem, type NewCaseFields } from './new-case';

type Props = {
  session: SessionState;
  onDirtyChange: (dirty: boolean) => void;
  onCancel: () => void;
  onCreated: (perkaraId: string) => void;
  /** The workspace is asking whether to throw the typed input away. */
  leaving: boolean;
  onDiscard: () => void;
  onStay: () => void;
};

export function NewCaseForm({ session, onDirtyChange, onCancel, onCreated, leaving, onDiscard, onStay }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const raw = useApi();
  const api = useMemo(() => guardedApi(raw), [raw]);
  useDocumentTitle(t('workspace.newCase.title'));
  const zone = session.timeZone ?? 'WITA';
  const today = todayIn(zone);
  const [unit, setUnit] = useState({ satker: '', polda: '' });
  const [initial, setInitial] = useState<NewCaseFields>(() => emptyFields(''));
  const [fields, setFields] = useState<NewCaseFields>(initial);
  const [problems, setProblems] = useState<Partial<Record<FieldName, LocalProblem>>>({});
  const [refusal, setRefusal] = useState<WireError | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  // Where the cursor was before the leave question took it, to give it back on "keep editing".
  const lastInput = useRef<HTMLInputElement | null>(null);
  const dirty = isDirty(fields, initial);
  useEscape(onCancel, !busy && !leaving);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // The unit's satker fills its field, unless the person has typed there already.
  useEffect(() => {
    let current = true;
    void api.call('settings:get', {}).then((answer) => {
      if (!current || !answer.ok) return;
      const { satker, polda } = answer.value;
      setUnit({ satker, polda });
      setInitial(emptyFields(satker));
      setFields((f) => (f.satker === '' ? { ...f, satker } : f));
    });
    return () => {
      current = false;
    };
  }, [api]);

  const refusedField = refusal ? fieldOfError(refusal) : null;
  const set = (name: FieldName) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    // A corrected field stops being marked as soon as it changes.
    if (problems[name]) setProblems(({ [name]: _fixed, ...rest }) => rest);
    if (refusedField === name || (refusedField === 'offenceDate' && name === 'offenceTime')) setRefusal(null);
  };
  const errorOf = (name: FieldName): string | null => {
    if (refusal && refusedField === name) return fieldSentence(refusal, lang);
    const p = problems[name];
    if (p === 'required') return t('common.fieldRequired');
    if (p === 'needsDate') return t('workspace.newCase.offenceTimeNeedsDate');
    return null;
  };
  const bind = (name: FieldName) => ({
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value),
    ref: (el: HTMLInputElement | null) => {
      refs.current[name] = el;
    },
    error: errorOf(name),
    disabled: busy,
  });

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy || leaving) return;
    setRefusal(null);
    const found = localProblems(fields);
    setProblems(found);
    const first = FIELD_ORDER.find((name) => found[name]);
    if (first) return refs.current[first]?.focus();
    setBusy(true);
    const answer = await api.call('perkara:create', toInput(fields));
    if (answer.ok) {
      onDirtyChange(false);
      return onCreated(answer.value.id);
    }
    setBusy(false);
    setRefusal(answer.error);
    const field = fieldOfError(answer.error);
    if (field) setTimeout(() => refs.current[field]?.focus());
  }

  const marked = Object.keys(problems).length + (refusedField ? 1 : 0);
  return (
    <div className="workspace__scroll">
      <form
        className="card card--form newcase"
        onSubmit={(e) => void submit(e)}
        onFocus={(e) => {
          if (e.target instanceof HTMLInputElement) lastInput.current = e.target;
        }}
        noValidate
        aria-labelledby="newcase-title"
        aria-busy={busy}
      >
        <div className="card__header">
          <h1 id="newcase-title" className="card__title" tabIndex={-1}>
            {t('workspace.newCase.title')}
          </h1>
          <p className="card__lead">{t('workspace.newCase.lead')}</p>
        </div>
        <div className="card__body">
          {refusal && !refusedField && <ErrorAlert error={refusal} />}
          <fieldset className="form-section">
            <legend className="form-section__title">{t('workspace.newCase.sectionLp')}</legend>
            <div className="form-grid form-grid--four">
              <TextField
                className="form-grid__span3"
                label={t('workspace.newCase.lpNumber')}
                hint={t('workspace.newCase.lpHint', { example: lpExample(fields.lpDate || today, unit.satker, unit.polda) })}
                autoFocus
                data-initial-focus
                autoComplete="off"
                spellCheck={false}
                maxLength={200}
                {...bind('lpNumber')}
              />
              <TextField type="date" label={t('workspace.newCase.lpDate')} max={today} {...bind('lpDate')} />
              <TextField className="form-grid__wide" label={t('workspace.newCase.caseTitle')} placeholder={t('workspace.newCase.caseTitlePlaceholder')} maxLength={300} {...bind('title')} />
            </div>
          </fieldset>
          <fieldset className="form-section">
            <legend className="form-section__title">{t('workspace.newCase.sectionMore')}</legend>
            <div className="form-grid form-grid--four">
              <TextField className="form-grid__span2" label={t('workspace.newCase.satker')} maxLength={200} {...bind('satker')} />
              <TextField className="form-grid__span2" label={t('workspace.newCase.place')} maxLength={500} {...bind('place')} />
              <TextField type="date" label={t('workspace.newCase.offenceDate')} max={today} {...bind('offenceDate')} />
              <TextField type="time" label={t('workspace.newCase.offenceTime', { zone })} {...bind('offenceTime')} />
            </div>
          </fieldset>
        </div>
        <div className="card__footer">
          {leaving ? (
            <LeavePrompt
              onDiscard={onDiscard}
              onStay={() => {
                // The inputs stay mounted under the question, so the focus can go back at once.
                (lastInput.current ?? refs.current.lpNumber)?.focus();
                onStay();
              }}
            />
          ) : (
            <>
              {marked > 0 && !busy && (
                <p className="card__footer-alert" role="alert">
                  <Icon name="warning" size={18} />
                  {t('common.fixFields', { count: marked })}
                </p>
              )}
              {busy && (
                <p className="busy" role="status">
                  <span className="spinner" aria-hidden="true" />
                  {t('workspace.newCase.busy')}
                </p>
              )}
              {marked === 0 && !busy && <p className="newcase__keys">{t('workspace.newCase.keys')}</p>}
              <button type="button" className="btn btn--secondary" onClick={onCancel} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="btn btn--primary" disabled={busy}>
                {t('workspace.newCase.submit')}
              </button>
            </>
          )}
        </div>
      </form>
    </div>
  );
}
