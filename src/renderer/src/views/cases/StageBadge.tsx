// A case's stage as the investigator names it, with a colour per phase: with the police, with the
// prosecutor, finished, stopped.
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain/case';

const TONE = {
  penyelidikan: 'police',
  penyidikan: 'police',
  tahap_1: 'prosecutor',
  dikembalikan: 'returned',
  lengkap: 'done',
  tahap_2: 'done',
  sp3: 'stopped',
} as const satisfies Record<Stage, string>;

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`stage stage--${TONE[stage]}`}>{t(`stages.${stage}`)}</span>;
}
