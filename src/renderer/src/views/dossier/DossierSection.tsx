// The case's Berkas perkara section: what the dossier is, its export form for those who may export
// (a pembaca reads that only investigators and supervisors can; the core refuses anyway), and the
// exports the station has recorded.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseTools } from '../case/case-context';
import type { PerkaraView } from '../case/record-types';
import { ExportPanel } from './ExportPanel';
import { IssuedExports } from './IssuedExports';

export function DossierSection({ perkara }: { perkara: PerkaraView }) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  const [version, setVersion] = useState(0);
  const exported = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <div className="dossier">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.berkas_perkara')}</h2>
      </div>
      <p className="panel__lead dossier__lead">{t('dossier.lead')}</p>
      {canEdit ? <ExportPanel perkara={perkara} onExported={exported} /> : <p className="notice">{t('dossier.readOnly')}</p>}
      <IssuedExports perkaraId={perkara.id} version={version} />
    </div>
  );
}
