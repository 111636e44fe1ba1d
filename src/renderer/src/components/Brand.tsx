import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <BrandMark />
      <div className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </div>
    </div>
  );
}
