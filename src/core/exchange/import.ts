// Reading an exchange file into the case file, all or nothing: every record goes through the same
// services (and checks, and audit rows) as a form would, inside one transaction. The first bad record
// stops the import with a message naming where it is in the file and which field; nothing is written.
import { AppError, isAppError } from '../../shared/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExchangeFile, type ExchangeAttachment, type ExchangeCase } from '../../shared/domain/exchange';
import type { PersonFields } from '../../shared/domain/person';
import { transaction } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from '../services/access';
import { createPerkara } from '../services/cases';
import { ensureRuleSet, findCharge, saveCharge } from '../services/catalog';
import { addArrest, addDetention } from '../services/detentions';
import { addDocument } from '../services/documents';
import { addCustodyEvent, addEvidence } from '../services/evidence';
import { discardPrepared, prepareAttachment, recordAttachment, type PreparedAttachment } from '../services/attachments';
import { addParty, findPersonByNik } from '../services/parties';
import { ruleOf } from '../services/record-input';
import { normalizeLp } from '../../shared/rules/lp';

export type ImportProgress = { done: number; total: number };
export type ImportResult = { cases: Array<{ id: string; lpNumber: string }>; skippedAttachments: number };

/** Where in the file a schema problem is, in words: "cases[0] (LP/B/…) parties[2] (korban Siti)". */
function placeOf(raw: unknown, path: ReadonlyArray<PropertyKey>): { record: string; consumed: number } {
  const parts: string[] = [];
  let node: unknown = raw;
  let i = 0;
  for (; i < path.length; i++) {
    const key = path[i];
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    if (typeof key === 'number') {
      const item = next && typeof next === 'object' ? (next as Record<string, unknown>) : {};
      const name = item.lpNumber ?? (item.person && typeof item.person === 'object' ? `${String(item.role ?? '')} ${String((item.person as Record<string, unknown>).fullName ?? '')}` : undefined) ?? item.ref ?? item.type;
      parts[parts.length - 1] = `${parts.at(-1) ?? ''}[${key}]${typeof name === 'string' && name.trim() ? ` (${name.trim()})` : ''}`;
    } else if (i + 1 < path.length && typeof path[i + 1] === 'number') {
      parts.push(String(key));
    } else {
      break;
    }
    node = next;
  }
  return { record: parts.join(' ') || 'file', consumed: i };
}

/** Re-throws a refusal from a service with the record's place in the file in front. */
function within<T>(place: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isAppError(e) && e.code === 'INVALID_FIELD') throw new AppError('INVALID_FIELD', { ...e.params, record: `${place}: ${String(e.params.record ?? '')}` });
    throw e;
  }
}

const IDENTITY: ReadonlyArray<keyof PersonFields> = ['fullName', 'alias', 'birthPlace', 'birthDate', 'sex', 'nationality', 'address', 'religion', 'occupation', 'education', 'phone'];

/** Refs name people within one case: unique, and every record pointing at one must find it. */
function checkRefs(c: ExchangeCase, place: string): void {
  const refs = new Set<string>();
  c.parties.forEach((p, i) => {
    if (refs.has(p.ref)) throw new AppError('INVALID_FIELD', { record: `${place} parties[${i}]`, field: 'ref', rule: 'DUPLICATE_VALUE', value: p.ref });
    refs.add(p.ref);
  });
  const check = (list: string, i: number, ref: string): void => {
    if (!refs.has(ref)) throw new AppError('INVALID_FIELD', { record: `${place} ${list}[${i}]`, field: 'party', rule: 'REF_UNKNOWN', value: ref });
  };
  c.arrests.forEach((a, i) => check('arrests', i, a.party));
  c.detentions.forEach((d, i) => check('detentions', i, d.party));
  c.documents.forEach((d, i) => d.parties.forEach((r) => check('documents', i, r)));
  const docRefs = new Set<string>();
  c.documents.forEach((d, i) => {
    if (d.ref === null) return;
    if (docRefs.has(d.ref) || refs.has(d.ref)) throw new AppError('INVALID_FIELD', { record: `${place} documents[${i}]`, field: 'ref', rule: 'DUPLICATE_VALUE', value: d.ref });
    docRefs.add(d.ref);
  });
  c.evidence.forEach((e, i) => {
    const record = `${place} evidence[${i}]`;
    if (e.seizedFromParty !== null && !refs.has(e.seizedFromParty)) throw new AppError('INVALID_FIELD', { record, field: 'seizedFromParty', rule: 'REF_UNKNOWN', value: e.seizedFromParty });
    for (const field of ['seizureDocument', 'permissionDocument'] as const) {
      const ref = e[field];
      if (ref !== null && !docRefs.has(ref)) throw new AppError('INVALID_FIELD', { record, field, rule: 'REF_UNKNOWN', value: ref });
    }
    // A correction names an event recorded before it.
    e.custody.forEach((ev, j) => {
      if (ev.corrects !== null && ev.corrects > j) throw new AppError('INVALID_FIELD', { record: `${record} custody[${j}]`, field: 'corrects', rule: 'REF_UNKNOWN', value: ev.corrects });
    });
  });
}

/** Every attachment the file lists, with where it goes, in the order the import records them. */
function listedAttachments(file: ExchangeFile): Array<{ caseIndex: number; owner: 'documents' | 'evidence'; index: number; a: ExchangeAttachment; place: string }> {
  return file.cases.flatMap((c, caseIndex) => [
    ...c.documents.flatMap((d, index) => d.attachments.map((a, k) => ({ caseIndex, owner: 'documents' as const, index, a, place: `cases[${caseIndex}] documents[${index}] attachments[${k}] (${a.name})` }))),
    ...c.evidence.flatMap((e, index) => e.attachments.map((a, k) => ({ caseIndex, owner: 'evidence' as const, index, a, place: `cases[${caseIndex}] evidence[${index}] attachments[${k}] (${a.name})` }))),
  ]);
}

/** The file of an attachment in the folder: under its name, or under its SHA-256 (as export-json writes them). */
function findAttachmentFile(dir: string, a: ExchangeAttachment): string | null {
  for (const candidate of [join(dir, a.sha256), join(dir, a.name)]) if (existsSync(candidate)) return candidate;
  return null;
}

export type ImportOptions = {
  /** Folder holding the attachments' contents; without it, attachments listed in the file are skipped. */
  attachmentsDir?: string;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
};

export async function importCases(session: WriteSession, raw: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  requireRole(session, 'editCases');
  const parsed = ExchangeFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const { record, consumed } = placeOf(raw, issue?.path ?? []);
    const { field, rule } = issue ? ruleOf(issue) : { field: '', rule: 'FIELD_FORMAT' };
    throw new AppError('INVALID_FIELD', { record, field: field.split('.').slice(consumed).join('.') || '-', rule });
  }
  const file = parsed.data;
  const places = file.cases.map((c, i) => `cases[${i}] (${c.lpNumber})`);
  const seen = new Set<string>();
  file.cases.forEach((c, i) => {
    const lp = normalizeLp(c.lpNumber);
    if (seen.has(lp)) throw new AppError('LP_TAKEN', { lpNumber: lp });
    seen.add(lp);
    checkRefs(c, places[i] ?? '');
  });

  // Attachments first, outside the transaction: each file is encrypted into a blob and its hash
  // checked against the file's; the rows that name the blobs commit with everything else.
  const listed = listedAttachments(file);
  const prepared = new Map<string, PreparedAttachment>();
  const result: ImportResult = { cases: [], skippedAttachments: opts.attachmentsDir ? 0 : listed.length };
  try {
    if (opts.attachmentsDir) {
      for (const item of listed) {
        const path = findAttachmentFile(opts.attachmentsDir, item.a);
        if (!path) throw new AppError('INVALID_FIELD', { record: item.place, field: 'name', rule: 'ATTACHMENT_MISSING', value: item.a.name });
        const p = await prepareAttachment(session, path, { name: item.a.name, signal: opts.signal });
        prepared.set(`${item.caseIndex}/${item.owner}/${item.index}/${item.a.name}/${item.a.sha256}`, p);
        if (p.blob.sha256 !== item.a.sha256 || p.blob.size !== item.a.size) {
          throw new AppError('INVALID_FIELD', { record: item.place, field: 'sha256', rule: 'ATTACHMENT_DIFFERS', value: item.a.name });
        }
      }
    }
    transaction(session.db, () => {
      file.ruleSets.forEach((r, i) => within(`ruleSets[${i}]`, () => ensureRuleSet(session, r, `${r.id}@${r.version}`)));
      file.charges.forEach((c, i) =>
        within(`charges[${i}]`, () => {
          const here = findCharge(session.db, c.id);
          if (!here) return void saveCharge(session, c);
          const same = here.law === c.law && here.article === c.article && here.title === c.title && here.maxYears === c.maxYears;
          if (!same) throw new AppError('INVALID_FIELD', { record: `pasal ${c.id}`, field: 'charges', rule: 'CHARGE_DIFFERS', value: c.id });
        }),
      );
      file.cases.forEach((c, i) => {
        result.cases.push(importCase(session, c, places[i] ?? '', (owner, index, a) => prepared.get(`${i}/${owner}/${index}/${a.name}/${a.sha256}`) ?? null));
        opts.onProgress?.({ done: i + 1, total: file.cases.length });
      });
    });
  } catch (e) {
    // Nothing committed: no row names these blobs.
    for (const p of prepared.values()) discardPrepared(session, p);
    throw e;
  }
  return result;
}

type PreparedOf = (owner: 'documents' | 'evidence', index: number, a: ExchangeAttachment) => PreparedAttachment | null;

/** One case, inside the import's transaction. */
function importCase(session: WriteSession, c: ExchangeCase, place: string, preparedOf: PreparedOf): { id: string; lpNumber: string } {
  const { stages, parties, arrests, detentions, documents, evidence, ...fields } = c;
  const perkara = within(place, () => createPerkara(session, fields, stages));
  const partyIds = new Map<string, string>();
  parties.forEach((p, j) =>
    within(`${place} parties[${j}]`, () => {
      const { ref, person, ...role } = p;
      const known = person.nik ? findPersonByNik(session.db, person.nik) : null;
      if (known && IDENTITY.some((k) => known[k] !== person[k])) {
        throw new AppError('INVALID_FIELD', { record: `${p.role} ${person.fullName}`, field: 'person', rule: 'PERSON_DIFFERS', name: known.fullName });
      }
      partyIds.set(ref, addParty(session, perkara.id, role, known ? { personId: known.id } : person).id);
    }),
  );
  const idOf = (ref: string): string => partyIds.get(ref) ?? ref;
  arrests.forEach(({ party, ...a }, j) => within(`${place} arrests[${j}]`, () => addArrest(session, idOf(party), a)));
  detentions.forEach(({ party, ...d }, j) => within(`${place} detentions[${j}]`, () => addDetention(session, idOf(party), d)));
  const documentIds = new Map<string, string>();
  documents.forEach(({ ref, attachments, ...d }, j) =>
    within(`${place} documents[${j}]`, () => {
      const doc = addDocument(session, perkara.id, { ...d, parties: d.parties.map(idOf) });
      if (ref !== null) documentIds.set(ref, doc.id);
      for (const a of attachments) {
        const p = preparedOf('documents', j, a);
        if (p) recordAttachment(session, { documentId: doc.id }, p, a.protected);
      }
    }),
  );
  const docOf = (ref: string | null): string | null => (ref === null ? null : (documentIds.get(ref) ?? ref));
  evidence.forEach(({ custody, attachments, ...e }, j) =>
    within(`${place} evidence[${j}]`, () => {
      const item = addEvidence(session, perkara.id, {
        ...e,
        seizedFromParty: e.seizedFromParty === null ? null : idOf(e.seizedFromParty),
        seizureDocument: docOf(e.seizureDocument),
        permissionDocument: docOf(e.permissionDocument),
      });
      const eventIds: string[] = [];
      for (const ev of custody) {
        const corrects = ev.corrects === null ? null : (eventIds[ev.corrects - 1] ?? null);
        eventIds.push(addCustodyEvent(session, item.id, { ...ev, corrects }).id);
      }
      for (const a of attachments) {
        const p = preparedOf('evidence', j, a);
        if (p) recordAttachment(session, { evidenceId: item.id }, p, a.protected);
      }
    }),
  );
  return { id: perkara.id, lpNumber: perkara.lpNumber };
}
