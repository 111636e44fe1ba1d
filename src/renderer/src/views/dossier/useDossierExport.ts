// One export of the case's dossier at a time: started with a ticket, so Cancel reaches the core the
// same way over Electron IPC and HTTP (the call's own signal as well, should the ticket miss); its
// progress read as a step in words; its answer kept until the next export. While it runs the case
// screen counts it as unsaved work, so leaving asks first; leaving anyway cancels it.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { WireError } from '../../../../shared/ipc/contract';
import type { DossierDestination, DossierExportView, DossierProfileName, DossierProgress } from '../../../../shared/ipc/dossier';
import { useCaseTools } from '../case/case-context';
import { dossierStep } from './dossier-names';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: DossierProgress | null; cancelling: boolean }
  | { kind: 'done'; result: DossierExportView }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: WireError };

type Running = { ticket: string; controller: AbortController };

export function useDossierExport(perkaraId: string): {
  state: ExportState;
  start: (profile: DossierProfileName, destination: DossierDestination) => Promise<void>;
  cancel: () => Promise<void>;
} {
  const { api, setDirty } = useCaseTools();
  const key = useId();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef<Running | null>(null);

  useEffect(
    () => () => {
      const r = running.current;
      if (!r) return;
      running.current = null;
      void api.call('dossier:cancel', { ticket: r.ticket });
      r.controller.abort();
      setDirty(key, false);
    },
    [api, key, setDirty],
  );

  const start = useCallback(
    async (profile: DossierProfileName, destination: DossierDestination): Promise<void> => {
      if (running.current) return;
      const current = { ticket: crypto.randomUUID(), controller: new AbortController() };
      running.current = current;
      setDirty(key, true);
      setState({ kind: 'running', progress: null, cancelling: false });
      const onProgress = (p: unknown): void => {
        const step = dossierStep(p);
        if (!step || running.current !== current) return;
        setState((s) => (s.kind === 'running' ? { ...s, progress: step } : s));
      };
      const r = await api.call('dossier:export', { perkaraId, profile, destination, ticket: current.ticket }, { onProgress, signal: current.controller.signal });
      if (running.current !== current) return;
      running.current = null;
      setDirty(key, false);
      if (r.ok) setState({ kind: 'done', result: r.value });
      else if (r.error.code === 'CANCELLED') setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', error: r.error });
    },
    [api, key, perkaraId, setDirty],
  );

  const cancel = useCallback(async (): Promise<void> => {
    const r = running.current;
    if (!r) return;
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
    // The core answers the export call itself with CANCELLED once it has removed what it wrote.
    const answer = await api.call('dossier:cancel', { ticket: r.ticket });
    if (!answer.ok || !answer.value.cancelled) r.controller.abort();
  }, [api]);

  return { state, start, cancel };
}
