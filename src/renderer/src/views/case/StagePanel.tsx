// Where the case stands: its stages as a timeline (a case can go back and forth between tahap I and
// dikembalikan; every step stays), and "Ubah tahap" offering only the stages that may follow.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEXT_STAGES } from '../../../../shared/domain/case';
import { StageBadge } from '../cases/StageBadge';
import { useCaseTools } from './case-context';
import { EditButton } from './EditButton';
import { Panel } from './Panel';
import type { PerkaraView } from './record-types';
import { StageForm } from './StageForm';

export function StagePanel({ perkara, onSaved }: { perkara: PerkaraView; onSaved: (p: PerkaraView) => void }) {
  const { t } = useTranslation();
  const { formats } = useCaseTools();
  const [changing, setChanging] = useState(false);
  const next = NEXT_STAGES[perkara.stage];
  const stages = perkara.stages;

  return (
    <Panel
      title={t('caseDetail.summary.stageCard')}
      actions={!changing && next.length > 0 && <EditButton icon="plus" label={t('caseDetail.summary.changeStage')} onClick={() => setChanging(true)} />}
    >
      {changing && (
        <StageForm
          perkara={perkara}
          onClose={() => setChanging(false)}
          onSaved={(p) => {
            onSaved(p);
            setChanging(false);
          }}
        />
      )}
      <ol className="timeline" aria-label={t('caseDetail.summary.stageHistory')}>
        {[...stages].reverse().map((s, i) => (
          <li key={s.id} className={i === 0 ? 'timeline__step timeline__step--current' : 'timeline__step'}>
            <span className="timeline__dot" aria-hidden="true" />
            <div className="timeline__body">
              <div className="timeline__head">
                <StageBadge stage={s.stage} />
                <span className="timeline__date">{formats.longDate(s.date)}</span>
                {i === 0 && <span className="timeline__now">{t('caseDetail.summary.current')}</span>}
              </div>
              {s.note && <p className="timeline__note">{s.note}</p>}
            </div>
          </li>
        ))}
      </ol>
      {next.length === 0 && <p className="panel__empty">{t('caseDetail.summary.noNext')}</p>}
    </Panel>
  );
}
