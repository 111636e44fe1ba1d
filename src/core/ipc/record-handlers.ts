// Handlers of the case-record channels (src/shared/ipc/records.ts): each a thin call into a
// service, on the one open case file. Roles and every field are checked by the services.
import type { Handlers } from '../../shared/ipc/dispatch';
import type { RECORD_CHANNELS } from '../../shared/ipc/records';
import { auditLog } from '../audit/log';
import { deletePerkara } from '../services/case-delete';
import { changeStage, getPerkara, updatePerkara } from '../services/cases';
import { listCharges, listRuleSets } from '../services/catalog';
import { allDeadlines, perkaraDeadlines } from '../services/deadlines';
import {
  addArrest,
  addDetention,
  listArrests,
  listDetentions,
  removeArrest,
  removeDetention,
  updateArrest,
  updateDetention,
} from '../services/detentions';
import { addDocument, listDocuments, removeDocument, updateDocument } from '../services/documents';
import { addParty, findPersonByNik, listParties, removeParty, updateParty, updatePerson } from '../services/parties';
import { search } from '../services/search';
import type { WriteSession } from '../store/session';

type RecordChannel = keyof typeof RECORD_CHANNELS;

export function recordHandlers(session: () => WriteSession): Pick<Handlers, RecordChannel> {
  return {
    'perkara:get': ({ id }) => getPerkara(session().db, id),
    'perkara:update': ({ id, patch }) => updatePerkara(session(), id, patch),
    'perkara:stage': ({ id, ...change }) => changeStage(session(), id, change),
    'perkara:delete': ({ id }) => {
      deletePerkara(session(), id);
      return null;
    },

    'parties:list': ({ perkaraId }) => listParties(session().db, perkaraId),
    'parties:add': ({ perkaraId, party, person }) => addParty(session(), perkaraId, party, person),
    'parties:update': ({ id, patch }) => updateParty(session(), id, patch),
    'parties:remove': ({ id }) => {
      removeParty(session(), id);
      return null;
    },
    'persons:update': ({ id, perkaraId, patch }) => updatePerson(session(), id, patch, perkaraId),
    'persons:findByNik': ({ nik }) => findPersonByNik(session().db, nik),

    'arrests:list': ({ partyId }) => listArrests(session().db, partyId),
    'arrests:add': ({ partyId, arrest }) => addArrest(session(), partyId, arrest),
    'arrests:update': ({ id, patch }) => updateArrest(session(), id, patch),
    'arrests:remove': ({ id }) => {
      removeArrest(session(), id);
      return null;
    },

    'detentions:list': ({ partyId }) => listDetentions(session().db, partyId),
    'detentions:add': ({ partyId, detention }) => addDetention(session(), partyId, detention),
    'detentions:update': ({ id, patch }) => updateDetention(session(), id, patch),
    'detentions:remove': ({ id }) => {
      removeDetention(session(), id);
      return null;
    },

    'documents:list': ({ perkaraId }) => listDocuments(session().db, perkaraId),
    'documents:add': ({ perkaraId, document }) => addDocument(session(), perkaraId, document),
    'documents:update': ({ id, patch }) => updateDocument(session(), id, patch),
    'documents:remove': ({ id }) => {
      removeDocument(session(), id);
      return null;
    },

    'catalog:charges': () => listCharges(session().db),
    'catalog:ruleSets': () => listRuleSets(session().db),

    'deadlines:case': ({ perkaraId }) => perkaraDeadlines(session().db, perkaraId, session().clock()),
    'deadlines:all': () => allDeadlines(session().db, session().clock()),
    'search:query': ({ query, limit }) => search(session().db, query, { limit }),
    'audit:case': ({ perkaraId, limit }) => auditLog(session().db, { perkaraId, limit }),
  };
}
