// Handlers of the barang bukti channels (src/shared/ipc/evidence.ts): thin calls into the evidence
// and attachment services on the one open case file; roles and fields are checked there. A running
// attach can be cancelled by its call's signal or its ticket (tickets.ts).
import type { Handlers } from '../../shared/ipc/dispatch';
import type { EVIDENCE_CHANNELS } from '../../shared/ipc/evidence';
import {
  addSecondHashes,
  attachFiles,
  attachmentCounts,
  listAttachments,
  readPreview,
  readThumbnail,
  removeAttachment,
  setProtected,
} from '../services/attachments';
import { addCustodyEvent, addEvidence, getEvidence, listCustody, listEvidence, removeEvidence, updateEvidence } from '../services/evidence';
import type { WriteSession } from '../store/session';
import { createTickets } from './tickets';

type EvidenceChannel = keyof typeof EVIDENCE_CHANNELS;

/** Progress every whole percent (and at the end), not every megabyte: a 4 GB image would send 4,000. */
function throttled(send: (p: { done: number; total: number }) => void): (done: number, total: number | null) => void {
  let last = -1;
  return (done, total) => {
    const t = total ?? 0;
    const percent = t > 0 ? Math.floor((done * 100) / t) : 0;
    if (percent === last && done !== t) return;
    last = percent;
    send({ done, total: t });
  };
}

export function evidenceHandlers(session: () => WriteSession): Pick<Handlers, EvidenceChannel> {
  const tickets = createTickets();
  return {
    'evidence:list': ({ perkaraId }) => {
      const db = session().db;
      const counts = attachmentCounts(db, perkaraId);
      return listEvidence(db, perkaraId).map((e) => ({ ...e, attachments: counts.get(e.id) ?? 0 }));
    },
    'evidence:get': ({ id }) => getEvidence(session().db, id),
    'evidence:add': ({ perkaraId, evidence }) => addEvidence(session(), perkaraId, evidence),
    'evidence:update': ({ id, patch }) => updateEvidence(session(), id, patch),
    'evidence:remove': ({ id }) => {
      removeEvidence(session(), id);
      return null;
    },

    'custody:list': ({ evidenceId }) => listCustody(session().db, evidenceId),
    'custody:add': ({ evidenceId, event }) => addCustodyEvent(session(), evidenceId, event),

    'attachments:list': ({ evidenceId }) => listAttachments(session().db, { evidenceId }),
    'attachments:add': ({ evidenceId, paths, protected: mark, ticket }, ctx) => {
      const s = session();
      return tickets.run(ticket, ctx.signal, (signal) => attachFiles(s, { evidenceId }, paths, { protected: mark, signal, onProgress: throttled(ctx.progress) }));
    },
    'attachments:cancel': ({ ticket }) => ({ cancelled: tickets.cancel(ticket) }),
    'attachments:thumbnail': async ({ id }) => {
      const bytes = await readThumbnail(session(), id);
      return bytes ? { mediaType: 'image/jpeg', data: bytes.toString('base64') } : null;
    },
    'attachments:preview': async ({ id }) => {
      const { mediaType, bytes } = await readPreview(session(), id);
      return { mediaType, data: bytes.toString('base64') };
    },
    'attachments:hashes': ({ id }) => addSecondHashes(session(), id),
    'attachments:protect': ({ id, protected: value }) => setProtected(session(), id, value),
    'attachments:remove': ({ id }) => {
      removeAttachment(session(), id);
      return null;
    },

    // No native dialogs outside Electron: the page shows a path field.
    'dialog:chooseFiles': () => ({ paths: null }),
  };
}
