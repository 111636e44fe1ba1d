// "Perkara baru": the one way into the new-case form, beside the search box.
import { useTranslation } from 'react-i18next';

export function NewCaseButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn btn--primary btn--new" onClick={onClick} data-testid="new-case">
      <svg className="icon" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden="true" focusable="false">
        <path d="M12 5v14M5 12h14" />
      </svg>
      {t('workspace.list.newCase')}
    </button>
  );
}
