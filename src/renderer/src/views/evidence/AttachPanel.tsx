// Attaching files to an item: a drop zone, the native picker where the shell has one, and a path
// field (one path a line) everywhere, since a plain browser cannot tell a dropped file's path. While
// the core encrypts and hashes, a progress bar shows the bytes done and Cancel stops it: the core
// then removes what it wrote, so a cancelled attach leaves no attachment and no file behind.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress, WireError } from '../../../../shared/ipc/contract';
import { droppedPaths, filesPicker } from '../../api/file-picker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { TextAreaField } from '../../components/TextAreaField';
import { useLang } from '../../i18n';
import { useCaseTools } from '../case/case-context';
import { formatBytes, parsePaths, percentDone } from './files';

type Outcome = { kind: 'attached'; count: number } | { kind: 'cancelled' } | { kind: 'noPath' } | null;
type Running = { ticket: string; controller: AbortController };

export function AttachPanel({ evidenceId, onAttached }: { evidenceId: string; onAttached: () => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { api, setDirty } = useCaseTools();
  const key = useId();
  const pick = filesPicker();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [over, setOver] = useState(false);
  const running = useRef<Running | null>(null);
  const pathsRef = useRef<HTMLTextAreaElement>(null);

  // Leaving the screen mid-attach cancels it (CaseDetail asks first: the attach counts as unsaved).
  useEffect(
    () => () => {
      const r = running.current;
      if (!r) return;
      void api.call('attachments:cancel', { ticket: r.ticket });
      r.controller.abort();
      setDirty(key, false);
    },
    [api, key, setDirty],
  );

  const attach = async (paths: string[]): Promise<void> => {
    if (running.current || paths.length === 0) return;
    const current = { ticket: crypto.randomUUID(), controller: new AbortController() };
    running.current = current;
    setDirty(key, true);
    setOutcome(null);
    setError(null);
    setCancelling(false);
    setProgress({ done: 0, total: 0 });
    const r = await api.call('attachments:add', { evidenceId, paths, ticket: current.ticket }, { onProgress: setProgress, signal: current.controller.signal });
    if (running.current !== current) return;
    running.current = null;
    setDirty(key, false);
    setProgress(null);
    setCancelling(false);
    if (r.ok) {
      setOutcome({ kind: 'attached', count: r.value.length });
      setText('');
      await onAttached();
    } else if (r.error.code === 'CANCELLED') {
      setOutcome({ kind: 'cancelled' });
    } else {
      setError(r.error);
    }
  };

  const cancel = async (): Promise<void> => {
    const r = running.current;
    if (!r) return;
    setCancelling(true);
    // The core answers the attach call itself with CANCELLED once it has removed what it wrote.
    const answer = await api.call('attachments:cancel', { ticket: r.ticket });
    if (!answer.ok || !answer.value.cancelled) r.controller.abort();
  };

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    if (running.current) return;
    const paths = droppedPaths(e.dataTransfer.files);
    if (paths.length > 0) return void attach(paths);
    setOutcome({ kind: 'noPath' });
    pathsRef.current?.focus();
  };

  const busy = progress !== null;
  const percent = progress ? percentDone(progress.done, progress.total) : 0;
  return (
    <div className="attach">
      <div
        className={over ? 'attach__drop attach__drop--over' : 'attach__drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="attach-drop"
      >
        <Icon name="arrowDown" size={22} />
        <div className="attach__drop-text">
          <p className="attach__drop-title">{t('evidence.attach.drop')}</p>
          <p className="field__hint">{t('evidence.attach.dropHint')}</p>
        </div>
        {pick && (
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void pick().then(attach)}>
            {t('evidence.attach.choose')}
          </button>
        )}
      </div>
      {outcome?.kind === 'noPath' && <p className="notice">{t('evidence.attach.dropNoPath')}</p>}
      <div className="attach__paths">
        <TextAreaField
          ref={pathsRef}
          label={t('evidence.attach.paths')}
          hint={t('evidence.attach.pathsHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={2}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          disabled={busy}
        />
        <button type="button" className="btn btn--primary" disabled={busy || parsePaths(text).length === 0} onClick={() => void attach(parsePaths(text))}>
          {t('evidence.attach.attach')}
        </button>
      </div>
      {progress && (
        <div className="attach__progress" data-testid="attach-progress">
          <progress className="progress-bar attach__bar" max={100} value={percent} aria-label={t('evidence.attach.progressLabel')} />
          <span className="attach__numbers" aria-live="polite">
            {progress.total > 0
              ? t('evidence.attach.progress', { done: formatBytes(progress.done, lang), total: formatBytes(progress.total, lang), percent })
              : t('evidence.attach.starting')}
          </span>
          <button type="button" className="btn btn--danger btn--small" onClick={() => void cancel()} disabled={cancelling}>
            {cancelling ? t('evidence.attach.cancelling') : t('evidence.attach.cancel')}
          </button>
        </div>
      )}
      {outcome?.kind === 'attached' && (
        <p className="attach__done" role="status">
          <Icon name="check" size={16} /> {t('evidence.attach.attached', { count: outcome.count })}
        </p>
      )}
      {outcome?.kind === 'cancelled' && (
        <p className="notice" role="status" data-testid="attach-cancelled">
          {t('evidence.attach.cancelled')}
        </p>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
