// The case's Berkas perkara section: what the dossier is, and its export form for those who may
// export (a pembaca reads that only investigators and supervisors can; the core refuses anyway).
import { useTranslation } from 'react-i18next';
import { useCaseTools } from '../case/case-context';
import type { PerkaraView } from '../case/record-types';
import { ExportPanel } from './ExportPanel';

export function DossierSection({ perkara }: { perkara: PerkaraView }) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  return (
    <div className="dossier">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.berkas_perkara')}</h2>
      </div>
      <p className="panel__lead dossier__lead">{t('dossier.lead')}</p>
      {canEdit ? <ExportPanel perkara={perkara} /> : <p className="notice">{t('dossier.readOnly')}</p>}
    </div>
  );
}
