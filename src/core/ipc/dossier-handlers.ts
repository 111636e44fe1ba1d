// Handlers of the berkas perkara channels (src/shared/ipc/dossier.ts): one export of one case on the
// open case file, its role checked by the export itself. A running export can be cancelled by its
// call's signal (the preview's closed connection, a shutdown) or by its ticket, which reaches it the
// same way over Electron IPC and HTTP; the export then removes what it wrote and records nothing.
import { isAbsolute } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { DOSSIER_CHANNELS, DossierProgress } from '../../shared/ipc/dossier';
import { exportDossier, listExports } from '../dossier/export';
import type { WriteSession } from '../store/session';
import { createTickets } from './tickets';

type DossierChannel = keyof typeof DOSSIER_CHANNELS;


export function dossierHandlers(session: () => WriteSession): Pick<Handlers, DossierChannel> {
  const tickets = createTickets();
  return {
    'dossier:export': async ({ perkaraId, profile, destination, ticket }, ctx) => {
      // A relative path would land wherever the core happens to run; the page always has a full one.
      if (!isAbsolute(destination.path)) throw new AppError('INVALID_INPUT', { detail: `${destination.path}: not a full path` });
      const s = session();
      const done = await tickets.run(ticket, ctx.signal, (signal) =>
        exportDossier(s, perkaraId, {
          profile,
          ...(destination.kind === 'file' ? { out: destination.path } : { packageDir: destination.path }),
          signal,
          onProgress: (step, stepDone, total) => ctx.progress({ step, done: stepDone, total } satisfies DossierProgress),
        }),
      );
      const { id, file, packageDir, sums, number, exportNumber, sha256, bytes, pages, attachments } = done;
      return { id, file, packageDir, sums, number, exportNumber, profile: done.profile, sha256, bytes, pages, attachments };
    },
    'dossier:list': ({ perkaraId }) => listExports(session().db, perkaraId),
    'dossier:cancel': ({ ticket }) => ({ cancelled: tickets.cancel(ticket) }),
    // Only Electron's main process can open the file manager (src/main/ipc.ts).
    'dossier:showInFolder': () => ({ shown: false }),
  };
}
