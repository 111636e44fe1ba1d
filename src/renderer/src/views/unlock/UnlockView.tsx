// Signing in to a case file: folder, login, passphrase. The core's refusals (wrong passphrase, not
// a case file, damaged, open on another computer, made by a newer version…) appear in its own
// words, and the cursor goes where the person can fix it.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState, WireError } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { localError } from '../../api/errors';
import { rememberUnlock } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FolderField } from '../../components/FolderField';
import { Icon } from '../../components/Icon';
import { PassphraseField } from '../../components/PassphraseField';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useEscape } from '../../components/useEscape';

type Props = {
  initialDir: string;
  initialLogin: string;
  /** Shown when the page came here because the case file was locked. */
  lockedNotice: boolean;
  onBack: () => void;
  onUnlocked: (session: SessionState) => void;
};

// Refusals about the folder rather than the person: the cursor goes back to the folder field.
const FOLDER_CODES = new Set(['NOT_A_CASE_FILE', 'KEYS_MISSING', 'KEYS_DAMAGED', 'DB_DAMAGED', 'IO_ERROR', 'READ_ONLY_FS', 'INVALID_INPUT']);

export function UnlockView({ initialDir, initialLogin, lockedNotice, onBack, onUnlocked }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  useDocumentTitle(t('unlock.title'));
  const [dir, setDir] = useState(initialDir);
  const [login, setLogin] = useState(initialLogin);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<WireError | null>(null);
  const [missingText, setMissingText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirRef = useRef<HTMLInputElement | null>(null);
  const loginRef = useRef<HTMLInputElement | null>(null);
  const passRef = useRef<HTMLInputElement | null>(null);
  useEscape(onBack, !busy);
  // The first field still to fill takes the cursor: after a lock, that is the passphrase.
  const firstEmpty = !initialDir ? 'dir' : !initialLogin ? 'login' : 'passphrase';

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    const missing = !dir.trim() ? dirRef : !login.trim() ? loginRef : !passphrase ? passRef : null;
    setError(null);
    if (missing) {
      setMissingText(t('unlock.missing'));
      missing.current?.focus();
      return;
    }
    setMissingText(null);
    setBusy(true);
    const result = await api.call('session:unlock', { dir: dir.trim(), login: login.trim(), passphrase });
    if (result.ok && result.value.unlocked) {
      rememberUnlock({ dir: result.value.dir ?? dir.trim(), login: result.value.user?.login ?? login.trim() });
      onUnlocked(result.value);
      return;
    }
    setBusy(false);
    setError(result.ok ? localError('WRONG_CREDENTIALS') : result.error);
    const code = result.ok ? 'WRONG_CREDENTIALS' : result.error.code;
    // Focus after the re-render that re-enables the fields.
    setTimeout(() => {
      if (FOLDER_CODES.has(code)) dirRef.current?.select();
      else if (code === 'UNKNOWN_USER' || code === 'USER_REMOVED') loginRef.current?.select();
      else passRef.current?.focus();
    });
    if (code === 'WRONG_CREDENTIALS' || code === 'USER_REMOVED' || code === 'UNKNOWN_USER') setPassphrase('');
  }

  return (
    <form className="card card--narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="unlock-title" aria-busy={busy}>
      <div className="card__header">
        <h1 id="unlock-title" className="card__title">
          <Icon name="lock" size={22} className="card__title-icon" />
          {t('unlock.title')}
        </h1>
        <p className="card__lead">{t('unlock.lead')}</p>
      </div>
      <div className="card__body">
        {lockedNotice && !error && !missingText && (
          <p className="notice" role="status">
            {t('unlock.locked')}
          </p>
        )}
        <ErrorAlert error={error} text={missingText} />
        <FolderField purpose="open" value={dir} onValue={setDir} ref={dirRef} autoFocus={firstEmpty === 'dir'} readOnly={busy} />
        <TextField
          label={t('unlock.login')}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          ref={loginRef}
          autoFocus={firstEmpty === 'login'}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={64}
          readOnly={busy}
        />
        <PassphraseField
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          ref={passRef}
          autoFocus={firstEmpty === 'passphrase'}
          maxLength={1024}
          readOnly={busy}
        />
      </div>
      <div className="card__footer">
        {busy && (
          <p className="busy" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('unlock.busy')}
          </p>
        )}
        <button type="button" className="btn btn--secondary" onClick={onBack} disabled={busy}>
          {t('common.back')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('unlock.submit')}
        </button>
      </div>
    </form>
  );
}
