// The case's name plate: back, the LP number (how everyone refers to a case), the title, the stage
// and the model (A: found by the police; B: reported by the public); for those who may, the way to
// export the dossier (it opens the Berkas perkara section).
import { useTranslation } from 'react-i18next';
import { ActionIcon } from '../../components/ActionIcon';
import { StageBadge } from '../cases/StageBadge';
import type { PerkaraView } from './record-types';

type Props = { perkara: PerkaraView | null; onBack: () => void; onExport?: () => void };

export function CaseHeader({ perkara, onBack, onExport }: Props) {
  const { t } = useTranslation();
  const model = perkara?.model ?? 'none';
  return (
    <header className="case-head">
      <button type="button" className="btn btn--secondary case-head__back" onClick={onBack}>
        <ActionIcon name="arrowLeft" />
        {t('caseDetail.back')}
      </button>
      {perkara && (
        <>
          <div className="case-head__main">
            <p className="case-head__lp" data-testid="case-lp">
              {perkara.lpNumber}
            </p>
            <h1 className="case-head__title" id="case-title" title={perkara.title}>
              {perkara.title}
            </h1>
          </div>
          <div className="case-head__meta">
            <StageBadge stage={perkara.stage} />
            <span className="chip" title={t(`caseDetail.modelHint.${model}`)}>
              {t(`caseDetail.model.${model}`)}
              <span className="visually-hidden">: {t(`caseDetail.modelHint.${model}`)}</span>
            </span>
          </div>
          {onExport && (
            <button type="button" className="btn btn--secondary case-head__export" onClick={onExport}>
              <ActionIcon name="print" />
              {t('dossier.exportButton')}
            </button>
          )}
        </>
      )}
    </header>
  );
}
