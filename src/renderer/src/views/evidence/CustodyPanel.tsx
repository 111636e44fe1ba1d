// The chain of custody of an item: newest hand-over first, each correction in place of the event
// it corrects (which stays visible beneath it), the form for a new hand-over, and a correction form
// opened from the event to correct.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyView } from '../../../../shared/ipc/evidence';
import { ActionIcon } from '../../components/ActionIcon';
import { useCaseTools } from '../case/case-context';
import { Panel } from '../case/Panel';
import { CustodyEntry } from './CustodyEntry';
import { CustodyForm } from './CustodyForm';
import { custodyTimeline } from './timeline';

type Props = { evidenceId: string; events: readonly CustodyView[] | null; onChanged: () => Promise<void> };

export function CustodyPanel({ evidenceId, events, onChanged }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  // 'new', or the id of the event being corrected.
  const [form, setForm] = useState<string | null>(null);
  const entries = events ? custodyTimeline(events) : [];
  const correcting = form && form !== 'new' ? (events?.find((e) => e.id === form) ?? null) : null;

  const saved = async (): Promise<void> => {
    setForm(null);
    await onChanged();
  };

  return (
    <Panel
      title={t('evidence.custody.title')}
      className="custody-panel"
      actions={
        canEdit && (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setForm('new')} disabled={form !== null}>
            <ActionIcon name="plus" size={16} />
            {t('evidence.custody.add')}
          </button>
        )
      }
    >
      {form === 'new' && <CustodyForm evidenceId={evidenceId} onClose={() => setForm(null)} onSaved={saved} />}
      {correcting && <CustodyForm evidenceId={evidenceId} corrects={correcting} onClose={() => setForm(null)} onSaved={saved} />}
      {events === null ? (
        <p className="list-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('caseDetail.loading')}
        </p>
      ) : entries.length === 0 ? (
        form === null && <p className="panel__empty">{t('evidence.custody.empty')}</p>
      ) : (
        <ol className="ctl" aria-label={t('evidence.custody.listLabel')}>
          {entries.map((entry, i) => (
            <CustodyEntry key={entry.current.id} entry={entry} latest={i === 0} onCorrect={form === null ? () => setForm(entry.current.id) : undefined} />
          ))}
        </ol>
      )}
    </Panel>
  );
}
