// The first screen: open the unit's case file (the everyday path, so it comes first) or create one.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export function StartView({ lastDir, onOpen, onCreate }: { lastDir: string; onOpen: () => void; onCreate: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle('');
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title" className="start__title">
        {t('start.title')}
      </h1>
      <p className="start__lead">{t('start.lead')}</p>
      <div className="choices">
        <button type="button" className="choice choice--primary" onClick={onOpen} autoFocus>
          <span className="choice__icon">
            <Icon name="folderOpen" size={28} />
          </span>
          <span className="choice__body">
            <span className="choice__title">{t('start.openTitle')}</span>
            <span className="choice__text">{t('start.openText')}</span>
            {lastDir && <span className="choice__meta">{t('start.lastFolder', { dir: lastDir })}</span>}
          </span>
        </button>
        <button type="button" className="choice" onClick={onCreate}>
          <span className="choice__icon">
            <Icon name="folderPlus" size={28} />
          </span>
          <span className="choice__body">
            <span className="choice__title">{t('start.createTitle')}</span>
            <span className="choice__text">{t('start.createText')}</span>
          </span>
        </button>
      </div>
    </section>
  );
}
