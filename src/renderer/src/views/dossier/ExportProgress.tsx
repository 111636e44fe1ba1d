// A running export: a bar over the current step (photos, then pages, then a package's
// attachments), the step in words, and Cancel.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierProgress } from '../../../../shared/ipc/dossier';
import { percentDone } from '../evidence/files';

type Props = { progress: DossierProgress | null; cancelling: boolean; onCancel: () => void };

export function ExportProgress({ progress, cancelling, onCancel }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The bar appears under the form: bring it (and its Cancel) into view.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const known = progress !== null && progress.total > 0;
  const percent = known ? percentDone(progress.done, progress.total) : 0;
  return (
    <div className="dossier-progress" ref={box} data-testid="dossier-progress" data-step={progress?.step ?? ''}>
      {known ? (
        <progress className="progress-bar" max={100} value={percent} aria-label={t('dossier.progressLabel')} />
      ) : (
        // No counts yet: an indeterminate bar, not an empty one that looks stuck.
        <progress className="progress-bar" aria-label={t('dossier.progressLabel')} />
      )}
      <span className="dossier-progress__words" aria-live="polite" data-testid="dossier-step">
        {known ? t(`dossier.step.${progress.step}`, { done: progress.done, total: progress.total }) : t('dossier.starting')}
      </span>
      <button type="button" className="btn btn--danger btn--small" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('dossier.cancelling') : t('dossier.cancel')}
      </button>
    </div>
  );
}
