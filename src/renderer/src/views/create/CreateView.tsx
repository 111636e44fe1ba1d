// Creating a case file: where, what it is called, which unit keeps it, the first user (who becomes
// atasan) and their passphrase. On success the page signs in at once, saves the unit's name and
// zone, and only then shows the recovery key, so the passphrase is not kept while the key is read.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZone } from '../../../../shared/domain/settings';
import { formatMessage } from '../../../../shared/i18n/error-messages';
import type { WireError } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { rememberUnlock } from '../../api/session';
import { errorSentence } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FolderField } from '../../components/FolderField';
import { Icon } from '../../components/Icon';
import { PassphraseField } from '../../components/PassphraseField';
import { PassphraseMeter } from '../../components/PassphraseMeter';
import { passphraseStrength } from '../../components/passphrase-strength';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useEscape } from '../../components/useEscape';
import { useLang } from '../../i18n';
import type { Created } from './created';
import { guessZone } from './guess-zone';
import { validateCreate, type CreateFields, type FieldProblem, type Problems } from './validate';

const ZONES = ['WIB', 'WITA', 'WIT'] as const satisfies readonly TimeZone[];
const FIELD_ORDER = ['dir', 'title', 'unitName', 'login', 'displayName', 'passphrase', 'confirm'] as const satisfies readonly (keyof CreateFields)[];

// Which field a refusal of the core is about, to put the cursor there.
const FIELD_OF_CODE: Record<string, keyof CreateFields> = {
  CASE_FILE_EXISTS: 'dir',
  READ_ONLY_FS: 'dir',
  IO_ERROR: 'dir',
  LOGIN_INVALID: 'login',
  PASSPHRASE_TOO_SHORT: 'passphrase',
  PASSPHRASE_IS_LOGIN: 'passphrase',
};

export function CreateView({ onCancel, onCreated }: { onCancel: () => void; onCreated: (c: Created) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  useDocumentTitle(t('create.title'));
  const [fields, setFields] = useState<CreateFields>({ dir: '', title: '', unitName: '', login: '', displayName: '', passphrase: '', confirm: '' });
  const [zone, setZone] = useState<TimeZone>(guessZone);
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<WireError | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<keyof CreateFields, HTMLInputElement | null>>>({});
  useEscape(onCancel, !busy);

  const set = (name: keyof CreateFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    // A corrected field stops being marked as soon as it changes.
    if (problems[name]) setProblems(({ [name]: _fixed, ...rest }) => rest);
    if (serverError && FIELD_OF_CODE[serverError.code] === name) setServerError(null);
  };
  const bind = (name: keyof CreateFields) => ({
    value: fields[name],
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value),
    ref: (el: HTMLInputElement | null) => {
      refs.current[name] = el;
    },
    error: describe(problems[name], name),
    disabled: busy,
  });

  function describe(p: FieldProblem | undefined, name?: keyof CreateFields): string | null {
    // A refusal of the core about one field is shown at that field.
    if (name && serverError && FIELD_OF_CODE[serverError.code] === name) return errorSentence(serverError, lang);
    if (!p) return null;
    if (p.kind === 'required') return t('common.fieldRequired');
    if (p.kind === 'mismatch') return t('create.mismatch');
    return formatMessage(p.code, p.params, lang);
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setServerError(null);
    const found = validateCreate(fields);
    setProblems(found);
    const first = FIELD_ORDER.find((name) => found[name]);
    if (first) {
      refs.current[first]?.focus();
      return;
    }
    setBusy(true);
    const login = fields.login.trim();
    const created = await api.call('caseFile:create', {
      dir: fields.dir.trim(),
      title: fields.title.trim(),
      login,
      displayName: fields.displayName.trim() || undefined,
      passphrase: fields.passphrase,
    });
    if (!created.ok) {
      setBusy(false);
      setServerError(created.error);
      const field = FIELD_OF_CODE[created.error.code];
      if (field) setTimeout(() => refs.current[field]?.focus());
      return;
    }
    const { dir, recoveryKey } = created.value;
    const unlocked = await api.call('session:unlock', { dir, login, passphrase: fields.passphrase });
    let session = unlocked.ok ? unlocked.value : null;
    let settingsSaved = true;
    if (session) {
      const unitName = fields.unitName.trim();
      const saved = await api.call('settings:update', { ...(unitName ? { unitName } : {}), timeZone: zone });
      settingsSaved = saved.ok;
      const fresh = await api.call('session:state', {});
      if (fresh.ok) session = fresh.value;
      if (session.user) rememberUnlock({ dir, login: session.user.login });
    }
    onCreated({ dir, title: fields.title.trim(), login, zone, recoveryKey, session, settingsSaved });
  }

  // A refusal of the core about a field counts as one more marked field, so the summary (the
  // announced alert) covers it too.
  const problemCount = Object.keys(problems).length + (serverError && FIELD_OF_CODE[serverError.code] ? 1 : 0);
  const strength = passphraseStrength(fields.passphrase);
  return (
    <form className="card card--form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-title" aria-busy={busy}>
      <div className="card__header">
        <h1 id="create-title" className="card__title">
          {t('create.title')}
        </h1>
        <p className="card__lead">{t('create.lead')}</p>
      </div>
      <div className="card__body">
        {serverError && !FIELD_OF_CODE[serverError.code] && <ErrorAlert error={serverError} />}
        <fieldset className="form-section">
          <legend className="form-section__title">{t('create.sectionCaseFile')}</legend>
          <div className="form-grid form-grid--four">
            <FolderField
              purpose="create"
              className="form-grid__span3"
              autoFocus
              value={fields.dir}
              onValue={set('dir')}
              ref={(el) => {
                refs.current.dir = el;
              }}
              error={describe(problems.dir, 'dir')}
              disabled={busy}
            />
            <SelectField
              label={t('create.timeZone')}
              value={zone}
              disabled={busy}
              onChange={(e) => setZone(ZONES.find((z) => z === e.target.value) ?? zone)}
              options={ZONES.map((z) => ({ value: z, label: t(`create.zones.${z}`) }))}
            />
            <TextField className="form-grid__span2" label={t('create.caseTitle')} placeholder={t('create.caseTitlePlaceholder')} maxLength={200} {...bind('title')} />
            <TextField className="form-grid__span2" label={t('create.unitName')} placeholder={t('create.unitNamePlaceholder')} maxLength={200} optional {...bind('unitName')} />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-section__title">{t('create.sectionUser')}</legend>
          <div className="form-grid">
            <TextField label={t('create.login')} hint={t('create.loginHint')} autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={64} {...bind('login')} />
            <TextField label={t('create.displayName')} placeholder={t('create.displayNamePlaceholder')} optional maxLength={120} {...bind('displayName')} />
            <PassphraseField label={t('create.passphrase')} maxLength={1024} {...bind('passphrase')} />
            <PassphraseField label={t('create.confirm')} maxLength={1024} {...bind('confirm')} />
            <div className="form-grid__wide">
              <PassphraseMeter strength={strength} />
              <p className="field__hint">{t('create.passphraseHint', { min: strength.min })}</p>
            </div>
          </div>
        </fieldset>
      </div>
      <div className="card__footer">
        {problemCount > 0 && !busy && (
          <p className="card__footer-alert" role="alert">
            <Icon name="warning" size={18} />
            {t('common.fixFields', { count: problemCount })}
          </p>
        )}
        {busy && (
          <p className="busy" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('create.busy')}
          </p>
        )}
        <button type="button" className="btn btn--secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('create.submit')}
        </button>
      </div>
    </form>
  );
}
