// The foot of every form: save (the default button, so Enter in a single-line input saves) and
// cancel (Esc does the same), with the save busy while the core works. Neither is disabled while
// busy: disabling the focused button would drop the focus out of the form (and its Esc) to the
// page; useSave ignores a second submit instead.
import { useTranslation } from 'react-i18next';

export function FormActions({ busy, onCancel, saveLabel }: { busy: boolean; onCancel: () => void; saveLabel?: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <span className="form-actions__hint">{t('caseDetail.form.enterSaves')}</span>
      <button type="button" className="btn btn--secondary" onClick={onCancel}>
        {t('caseDetail.cancel')}
      </button>
      <button type="submit" className="btn btn--primary" aria-disabled={busy || undefined}>
        {busy && <span className="spinner spinner--small" aria-hidden="true" />}
        {busy ? t('caseDetail.saving') : (saveLabel ?? t('caseDetail.save'))}
      </button>
    </div>
  );
}
