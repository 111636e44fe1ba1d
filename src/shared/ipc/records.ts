// The channels for case records (perkara, people in roles, arrests and detentions, documents,
// deadlines, the case's audit rows). Part of the one contract (contract.ts spreads them in).
//
// A record's fields cross the boundary as a plain object typed as the form's input, and are checked
// by the core's own schemas (src/shared/domain), which answer INVALID_FIELD naming the record, the
// field and the rule in the user's language, so a form can put the message at the input. Ids and the
// shape around them are checked here.
import { z } from 'zod';
import { Stage, StoredFinding, type PerkaraInput, type PerkaraPatch } from '../domain/case';
import type { ArrestInput, ArrestPatch, DetentionInput, DetentionPatch } from '../domain/detention';
import { DetentionKind } from '../domain/detention';
import { DocumentType, type DocumentInput, type DocumentPatch } from '../domain/document';
import { NetworkRole, PartyRole, Sex, type PartyInput, type PartyPatch, type PersonInput, type PersonPatch } from '../domain/person';
import { RuleSet } from '../rules/rulesets';
import { SearchInput, SearchResults } from '../domain/search';

const Id = z.uuid();
/**
 * A plain object of the shape a record's fields can have: nested at most a few levels (a team of
 * members, a guardian), with bounded lists and text. Anything deeper or larger is refused here,
 * before it reaches a handler; the fields themselves are checked by the core.
 */
function isFieldsObject(v: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return true;
  if (typeof v === 'string') return v.length <= 200_000;
  if (Array.isArray(v)) return depth > 0 && v.length <= 10_000 && v.every((x) => isFieldsObject(x, depth + 1));
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const entries = Object.entries(v);
  return entries.length <= 64 && entries.every(([, x]) => isFieldsObject(x, depth + 1));
}
/** A record's fields as a form sends them; the core's schema checks them (see above). */
const fields = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && isFieldsObject(v), { message: 'an object of fields' });

const Person = z.strictObject({
  id: z.string(),
  fullName: z.string(),
  alias: z.string(),
  nik: z.string().nullable(),
  birthPlace: z.string(),
  birthDate: z.string().nullable(),
  sex: Sex.nullable(),
  nationality: z.string(),
  address: z.string(),
  religion: z.string(),
  occupation: z.string(),
  education: z.string(),
  phone: z.string(),
  warnings: z.array(StoredFinding),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const Guardian = z.strictObject({ name: z.string(), relation: z.string(), phone: z.string() });

export const PartyView = z.strictObject({
  id: z.string(),
  perkaraId: z.string(),
  role: PartyRole,
  person: Person,
  confidential: z.boolean(),
  confidentialFlag: z.boolean(),
  ageAtOffence: z.number().int().nullable(),
  child: z.boolean().nullable(),
  networkRole: NetworkRole.nullable(),
  guardian: Guardian.nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PerkaraView = z.strictObject({
  id: z.string(),
  lpNumber: z.string(),
  lpDate: z.string().nullable(),
  title: z.string(),
  stage: Stage,
  createdAt: z.string(),
  updatedAt: z.string(),
  model: z.enum(['A', 'B']).nullable(),
  satker: z.string(),
  place: z.string(),
  offenceStart: z.string().nullable(),
  offenceEnd: z.string().nullable(),
  modus: z.string(),
  exploitation: z.string(),
  recruitmentChannel: z.string(),
  charges: z.array(z.string()),
  team: z.array(z.strictObject({ name: z.string(), rank: z.string(), nrp: z.string(), role: z.enum(['ketua', 'anggota']) })),
  resume: z.strictObject({ dasar: z.string(), uraian: z.string(), fakta: z.string(), analisis: z.string(), kesimpulan: z.string() }),
  adultRules: z.string().nullable(),
  childRules: z.string().nullable(),
  threatYears: z.number().int(),
  stages: z.array(z.strictObject({ id: z.string(), stage: Stage, date: z.string(), note: z.string() })),
  warnings: z.array(StoredFinding),
});

const ArrestView = z.strictObject({
  id: z.string(),
  partyId: z.string(),
  warrantNumber: z.string(),
  warrantDate: z.string().nullable(),
  at: z.string(),
  place: z.string(),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const DetentionView = z.strictObject({
  id: z.string(),
  partyId: z.string(),
  kind: DetentionKind,
  startDate: z.string(),
  days: z.number().int(),
  endDate: z.string(),
  rules: z.string(),
  warrantNumber: z.string(),
  warrantDate: z.string().nullable(),
  place: z.string(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const DocumentView = z.strictObject({
  id: z.string(),
  perkaraId: z.string(),
  type: DocumentType,
  number: z.string(),
  date: z.string().nullable(),
  signatory: z.string(),
  summary: z.string(),
  parties: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ChargeView = z.strictObject({
  id: z.string(),
  law: z.string(),
  article: z.string(),
  title: z.string(),
  maxYears: z.number().int(),
  source: z.string(),
  hidden: z.boolean(),
  builtin: z.boolean(),
  edited: z.boolean(),
});

export const DeadlineView = z.strictObject({
  perkaraId: z.string(),
  lpNumber: z.string(),
  kind: z.enum(['arrest', 'detention', 'spdp', 'prosecutor_answer', 'p19_return']),
  partyId: z.string().nullable(),
  subject: z.string().nullable(),
  detentionKind: DetentionKind.nullable(),
  due: z.string(),
  dueAt: z.string().nullable(),
  daysLeft: z.number().int(),
  nextStep: DetentionKind.nullable(),
});

const AuditRowView = z.strictObject({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userLogin: z.string().nullable(),
  perkaraId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  hash: z.string(),
});

const Done = z.null();

/** A new case from the case list's form (the list shows its summary). */
export const NewPerkaraInput = fields<PerkaraInput>();

export const RECORD_CHANNELS = {
  'perkara:get': { input: z.strictObject({ id: Id }), output: PerkaraView },
  'perkara:update': { input: z.strictObject({ id: Id, patch: fields<PerkaraPatch>() }), output: PerkaraView },
  'perkara:stage': { input: z.strictObject({ id: Id, stage: Stage, date: z.string().max(10), note: z.string().max(5_000).optional() }), output: PerkaraView },
  'perkara:delete': { input: z.strictObject({ id: Id }), output: Done },

  'parties:list': { input: z.strictObject({ perkaraId: Id }), output: z.array(PartyView) },
  'parties:add': {
    input: z.strictObject({ perkaraId: Id, party: fields<PartyInput>(), person: z.union([z.strictObject({ personId: Id }), fields<PersonInput>()]) }),
    output: PartyView,
  },
  'parties:update': { input: z.strictObject({ id: Id, patch: fields<PartyPatch>() }), output: PartyView },
  'parties:remove': { input: z.strictObject({ id: Id }), output: Done },
  'persons:update': { input: z.strictObject({ id: Id, perkaraId: Id, patch: fields<PersonPatch>() }), output: Person },
  'persons:findByNik': { input: z.strictObject({ nik: z.string().max(40) }), output: Person.nullable() },

  'arrests:list': { input: z.strictObject({ partyId: Id }), output: z.array(ArrestView) },
  'arrests:add': { input: z.strictObject({ partyId: Id, arrest: fields<ArrestInput>() }), output: ArrestView },
  'arrests:update': { input: z.strictObject({ id: Id, patch: fields<ArrestPatch>() }), output: ArrestView },
  'arrests:remove': { input: z.strictObject({ id: Id }), output: Done },

  'detentions:list': { input: z.strictObject({ partyId: Id }), output: z.array(DetentionView) },
  'detentions:add': { input: z.strictObject({ partyId: Id, detention: fields<DetentionInput>() }), output: DetentionView },
  'detentions:update': { input: z.strictObject({ id: Id, patch: fields<DetentionPatch>() }), output: DetentionView },
  'detentions:remove': { input: z.strictObject({ id: Id }), output: Done },

  'documents:list': { input: z.strictObject({ perkaraId: Id }), output: z.array(DocumentView) },
  'documents:add': { input: z.strictObject({ perkaraId: Id, document: fields<DocumentInput>() }), output: DocumentView },
  'documents:update': { input: z.strictObject({ id: Id, patch: fields<DocumentPatch>() }), output: DocumentView },
  'documents:remove': { input: z.strictObject({ id: Id }), output: Done },

  'catalog:charges': { input: z.strictObject({}), output: z.array(ChargeView) },
  'catalog:ruleSets': { input: z.strictObject({}), output: z.array(RuleSet) },

  'deadlines:case': { input: z.strictObject({ perkaraId: Id }), output: z.array(DeadlineView) },
  'deadlines:all': { input: z.strictObject({}), output: z.array(DeadlineView) },
  'search:query': { input: SearchInput, output: SearchResults },
  'audit:case': { input: z.strictObject({ perkaraId: Id, limit: z.number().int().min(1).max(5_000).default(500) }), output: z.array(AuditRowView) },
} as const;

export type PerkaraView = z.infer<typeof PerkaraView>;
export type PartyView = z.infer<typeof PartyView>;
export type DeadlineView = z.infer<typeof DeadlineView>;
