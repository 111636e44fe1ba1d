// A finished export: its number, profile, pages and size, the PDF's SHA-256 and where it went, each
// to copy. In Electron "Buka folder" shows the PDF in the file manager (main opens only paths an
// export wrote); the preview cannot, so the path to copy is all it offers.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierExportView } from '../../../../shared/ipc/dossier';
import { canShowInFolder } from '../../api/save-picker';
import { Icon } from '../../components/Icon';
import { useLang } from '../../i18n';
import { useCaseTools } from '../case/case-context';
import { formatBytes } from '../evidence/files';
import { CopyValue } from './CopyValue';

export function ExportResult({ result }: { result: DossierExportView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { api } = useCaseTools();
  const [openFailed, setOpenFailed] = useState(false);
  const box = useRef<HTMLElement>(null);
  // The result appears under the form: bring it into view, and tell a screen reader it is there.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus();
  }, []);
  const openFolder = async (): Promise<void> => {
    const r = await api.call('dossier:showInFolder', { path: result.file });
    setOpenFailed(!r.ok || !r.value.shown);
  };
  const profile = result.profile === 'full' ? t('dossier.profile.full') : t('dossier.profile.deidentified');
  return (
    <section className="dossier-result" aria-labelledby="dossier-result-title" data-testid="dossier-result" ref={box} tabIndex={-1}>
      <h3 className="dossier-result__title" id="dossier-result-title">
        <Icon name="check" size={18} /> {t('dossier.result.title')}
      </h3>
      <dl className="dossier-result__facts">
        <div>
          <dt>{t('dossier.result.number')}</dt>
          <dd className="dossier-result__number" data-testid="dossier-export-number">
            {result.exportNumber}
          </dd>
        </div>
        <div>
          <dt>{t('dossier.result.profile')}</dt>
          <dd>{profile}</dd>
        </div>
        <div>
          <dt>{t('dossier.result.pages')}</dt>
          <dd data-testid="dossier-pages">{result.pages}</dd>
        </div>
        <div>
          <dt>{t('dossier.result.size')}</dt>
          <dd>{formatBytes(result.bytes, lang)}</dd>
        </div>
        {result.packageDir !== null && (
          <div>
            <dt>{t('dossier.result.attachments')}</dt>
            <dd data-testid="dossier-attachments">{result.attachments}</dd>
          </div>
        )}
      </dl>
      <div className="dossier-result__lines">
        <p className="dossier-result__label">SHA-256</p>
        <CopyValue value={result.sha256} copyLabel={t('dossier.result.copySha')} testId="dossier-sha256" />
        {result.packageDir !== null && (
          <>
            <p className="dossier-result__label">{t('dossier.result.packageDir')}</p>
            <CopyValue value={result.packageDir} copyLabel={t('dossier.result.copyPath')} testId="dossier-package-dir" />
          </>
        )}
        <p className="dossier-result__label">{t('dossier.result.file')}</p>
        <CopyValue value={result.file} copyLabel={t('dossier.result.copyPath')} testId="dossier-file" />
      </div>
      {canShowInFolder() && (
        <div className="dossier-result__actions">
          <button type="button" className="btn btn--secondary" onClick={() => void openFolder()}>
            <Icon name="folderOpen" size={18} /> {t('dossier.result.openFolder')}
          </button>
          {openFailed && <span className="field__hint">{t('dossier.result.openFailed')}</span>}
        </div>
      )}
      <p className="field__hint">{t('dossier.result.recorded')}</p>
    </section>
  );
}
