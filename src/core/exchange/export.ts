// Writing cases as an exchange file (docs/import-format.md). Only what a person entered is written:
// no database ids, no times of entry, no derived values (warnings, child status, end dates), so
// export → import into another case file → export gives the same file apart from exportedAt.
import { BUILTIN_CHARGES } from '../../shared/domain/charge';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeAttachment, type ExchangeCaseInput, type ExchangeFileInput } from '../../shared/domain/exchange';
import type { Attachment } from '../../shared/domain/evidence';
import { BUILTIN_RULE_SETS, type RuleSet } from '../../shared/rules/rulesets';
import { all, sql, type ReadableDb } from '../store/db';
import { getPerkara } from '../services/cases';
import { findRuleSet, listCharges } from '../services/catalog';
import { listArrests, listDetentions } from '../services/detentions';
import { listDocuments } from '../services/documents';
import { listAttachments } from '../services/attachments';
import { listCustody, listEvidence } from '../services/evidence';
import { identityOf, listParties } from '../services/parties';

function exportCase(db: ReadableDb, id: string): ExchangeCaseInput {
  const p = getPerkara(db, id);
  const parties = listParties(db, id);
  // refs by role and position: tersangka-1, korban-1, korban-2, ...
  const counters = new Map<string, number>();
  const refOf = new Map<string, string>();
  for (const party of parties) {
    const n = (counters.get(party.role) ?? 0) + 1;
    counters.set(party.role, n);
    refOf.set(party.id, `${party.role}-${n}`);
  }
  const ref = (partyId: string): string => refOf.get(partyId) ?? partyId;
  const documents = listDocuments(db, id);
  const docRefs = new Map(documents.map((d, i) => [d.id, `dokumen-${i + 1}`]));
  const docRef = (documentId: string): string => docRefs.get(documentId) ?? documentId;
  return {
    lpNumber: p.lpNumber,
    lpDate: p.lpDate ?? p.createdAt.slice(0, 10),
    title: p.title,
    satker: p.satker,
    place: p.place,
    offenceStart: p.offenceStart,
    offenceEnd: p.offenceEnd,
    modus: p.modus,
    exploitation: p.exploitation,
    recruitmentChannel: p.recruitmentChannel,
    charges: p.charges,
    team: p.team,
    resume: p.resume,
    adultRules: p.adultRules,
    stages: p.stages.map((s) => ({ stage: s.stage, date: s.date, note: s.note })),
    parties: parties.map((party) => {
      const person = identityOf(party.person);
      return {
        ref: ref(party.id),
        role: party.role,
        confidential: party.confidentialFlag,
        networkRole: party.networkRole,
        guardian: party.guardian,
        notes: party.notes,
        person,
      };
    }),
    arrests: parties.flatMap((party) =>
      listArrests(db, party.id).map((a) => ({
        party: ref(party.id),
        warrantNumber: a.warrantNumber,
        warrantDate: a.warrantDate,
        at: a.at,
        place: a.place,
        endedAt: a.endedAt,
      })),
    ),
    detentions: parties.flatMap((party) =>
      listDetentions(db, party.id).map((d) => ({
        party: ref(party.id),
        kind: d.kind,
        startDate: d.startDate,
        days: d.days,
        warrantNumber: d.warrantNumber,
        warrantDate: d.warrantDate,
        place: d.place,
        endedOn: d.endedOn,
      })),
    ),
    documents: documents.map((d) => ({
      ref: docRef(d.id),
      type: d.type,
      number: d.number,
      date: d.date,
      signatory: d.signatory,
      summary: d.summary,
      parties: d.parties.map(ref),
      attachments: listAttachments(db, { documentId: d.id }).map(attachmentOf),
    })),
    evidence: listEvidence(db, id).map((e) => {
      const events = listCustody(db, e.id);
      const seqOf = new Map(events.map((ev) => [ev.id, ev.seq]));
      return {
        description: e.description,
        category: e.category,
        amount: e.amount,
        seizedFrom: e.seizedFrom,
        seizedFromParty: e.seizedFromParty === null ? null : ref(e.seizedFromParty),
        seizedPlace: e.seizedPlace,
        seizedAt: e.seizedAt,
        seizureDocument: e.seizureDocument === null ? null : docRef(e.seizureDocument),
        permissionDocument: e.permissionDocument === null ? null : docRef(e.permissionDocument),
        sealNumber: e.sealNumber,
        storage: e.storage,
        disposition: e.disposition,
        dispositionNote: e.dispositionNote,
        custody: events.map((ev) => ({
          releasedBy: ev.releasedBy,
          receivedBy: ev.receivedBy,
          at: ev.at,
          purpose: ev.purpose,
          location: ev.location,
          sealIntact: ev.sealIntact,
          note: ev.note,
          corrects: ev.corrects === null ? null : (seqOf.get(ev.corrects) ?? null),
        })),
        attachments: listAttachments(db, { evidenceId: e.id }).map(attachmentOf),
      };
    }),
  };
}

/** An attachment by name and hash; its content travels beside the file (export-json --attachments). */
function attachmentOf(a: Attachment): ExchangeAttachment {
  return { name: a.name, sha256: a.sha256, size: a.size, protected: a.protected };
}

/** Every attachment of the given cases: what export-json --attachments writes beside the file. */
export function attachmentsOf(db: ReadableDb, perkaraIds: string[]): Attachment[] {
  return perkaraIds.flatMap((id) => listAttachments(db, { perkaraId: id }));
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The exchange file for the given cases, carrying any rule set or pasal that is not built in. */
export function exportCases(db: ReadableDb, perkaraIds: string[], now: Date): ExchangeFileInput {
  const cases = perkaraIds.map((id) => exportCase(db, id));
  // Every rule-set version the cases name: their own two, and each detention's.
  const ruleSetRefs = new Set<string>();
  for (const id of perkaraIds) {
    const used = all<{ rules: string | null }>(
      db,
      sql`SELECT adult_rules AS rules FROM perkara WHERE id = ${id}
          UNION SELECT child_rules FROM perkara WHERE id = ${id}
          UNION SELECT d.rules FROM detention d JOIN party p ON p.id = d.party_id WHERE p.perkara_id = ${id}`,
    );
    for (const { rules } of used) if (rules) ruleSetRefs.add(rules);
  }
  const builtinRuleSets: RuleSet[] = Object.values(BUILTIN_RULE_SETS);
  const ruleSets = [...ruleSetRefs]
    .sort()
    .map((r) => findRuleSet(db, r))
    .filter((r): r is RuleSet => r !== null && !builtinRuleSets.some((b) => sameJson(b, r)));
  const cited = new Set(cases.flatMap((c) => c.charges ?? []));
  const charges = listCharges(db)
    .filter((c) => cited.has(c.id))
    .filter((c) => !BUILTIN_CHARGES.some((b) => sameJson(b, { id: c.id, law: c.law, article: c.article, title: c.title, maxYears: c.maxYears, source: c.source, hidden: c.hidden })))
    .map((c) => ({ id: c.id, law: c.law, article: c.article, title: c.title, maxYears: c.maxYears, source: c.source, hidden: c.hidden }));
  return { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt: now.toISOString(), ruleSets, charges, cases };
}
