// The footer line of the first screens: the core answered, with its version, and nothing is open.
import { useTranslation } from 'react-i18next';

export function CoreStatus({ version }: { version: string | null }) {
  const { t } = useTranslation();
  if (!version) return null;
  return (
    <p className="core-status" data-testid="core-status" role="status">
      {t('app.coreStatus', { version })}
    </p>
  );
}
