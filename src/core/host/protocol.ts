// Messages between the serving thread (Electron main, the preview server) and the core worker.
import type { Envelope, Progress } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/error-messages';

export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown; lang: Lang }
  | { type: 'cancel'; id: number }
  | { type: 'shutdown' };

export type FromWorker =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; envelope: Envelope }
  | { type: 'locked'; reason: 'idle' }
  | { type: 'closed' };
