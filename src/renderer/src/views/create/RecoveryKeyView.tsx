// The recovery key, shown once: large, in numbered groups of four for copying by hand, printable
// on its own (styles/print.css hides everything else), and not left behind until the person says
// it is written down.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormats } from '../../i18n/format';
import type { Created } from './created';

export function RecoveryKeyView({ created, onContinue }: { created: Created; onContinue: () => void }) {
  const { t } = useTranslation();
  const formats = useFormats(created.zone);
  const [confirmed, setConfirmed] = useState(false);
  const [shownAt] = useState(() => new Date().toISOString());
  useDocumentTitle(t('recovery.title'));
  const groups = created.recoveryKey.split('-');

  function submit(e: FormEvent): void {
    e.preventDefault();
    if (confirmed) onContinue();
  }

  return (
    <form className="card card--form recovery" onSubmit={submit} aria-labelledby="recovery-title">
      <div className="card__header">
        <h1 id="recovery-title" className="card__title">
          {t('recovery.title')}
        </h1>
        <p className="card__lead recovery__where">{t('recovery.lead', { dir: created.dir })}</p>
      </div>
      <div className="card__body">
        <div className="callout callout--warning">
          <Icon name="warning" className="callout__icon" />
          <div>
            <p className="callout__title">{t('recovery.once')}</p>
            <p className="callout__text">{t('recovery.why')}</p>
          </div>
        </div>

        <section className="recovery-sheet" aria-label={t('recovery.keyLabel')} data-testid="recovery-key">
          <div className="recovery-sheet__print-head">
            <p className="recovery-sheet__heading">{t('recovery.printHeading')}</p>
            <p>{t('recovery.printCaseFile', { title: created.title })}</p>
            <p>{t('recovery.printFolder', { dir: created.dir })}</p>
            <p>{t('recovery.printed', { date: formats.longDate(shownAt) })}</p>
          </div>
          <ol className="key-groups">
            {groups.map((group, i) => (
              <li key={i} className="key-group">
                <span className="key-group__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="key-group__text">{group}</span>
              </li>
            ))}
          </ol>
          <p className="recovery-sheet__alphabet">{t('recovery.alphabet')}</p>
          <p className="recovery-sheet__print-foot">{t('recovery.printAdvice')}</p>
        </section>

        <div className="recovery__actions">
          <button type="button" className="btn btn--secondary" onClick={() => window.print()} autoFocus>
            <Icon name="print" size={18} />
            {t('recovery.print')}
          </button>
        </div>

        {!created.session && <ErrorAlert text={t('recovery.unlockFailed')} />}
        {created.session && !created.settingsSaved && <ErrorAlert text={t('recovery.settingsFailed')} />}

        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} aria-describedby="recovery-confirm-hint" />
          <span>{t('recovery.confirm')}</span>
        </label>
        {!confirmed && (
          <p className="field__hint recovery__hint" id="recovery-confirm-hint">
            {t('recovery.confirmNeeded')}
          </p>
        )}
      </div>
      <div className="card__footer">
        <button type="submit" className="btn btn--primary" disabled={!confirmed}>
          {t('recovery.continue')}
        </button>
      </div>
    </form>
  );
}
