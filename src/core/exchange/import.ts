// Reading an exchange file into the case file, all or nothing: every record goes through the same
// services (and checks, and audit rows) as a form would, inside one transaction. The first bad record
// stops the import with a message naming where it is in the file and which field; nothing is written.
import { AppError, isAppError } from '../../shared/errors';
import { ExchangeFile, type ExchangeCase } from '../../shared/domain/exchange';
import type { PersonFields } from '../../shared/domain/person';
import { transaction } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from '../services/access';
import { createPerkara } from '../services/cases';
import { ensureRuleSet, findCharge, saveCharge } from '../services/catalog';
import { addArrest, addDetention } from '../services/detentions';
import { addDocument } from '../services/documents';
import { addParty, findPersonByNik } from '../services/parties';
import { ruleOf } from '../services/record-input';
import { normalizeLp } from '../../shared/rules/lp';

export type ImportProgress = { done: number; total: number };
export type ImportResult = { cases: Array<{ id: string; lpNumber: string }> };

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
}

export function importCases(session: WriteSession, raw: unknown, onProgress?: (p: ImportProgress) => void): ImportResult {
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

  const result: ImportResult = { cases: [] };
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
      const place = places[i] ?? '';
      const { stages, parties, arrests, detentions, documents, ...fields } = c;
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
      documents.forEach((d, j) => within(`${place} documents[${j}]`, () => addDocument(session, perkara.id, { ...d, parties: d.parties.map(idOf) })));
      result.cases.push({ id: perkara.id, lpNumber: perkara.lpNumber });
      onProgress?.({ done: i + 1, total: file.cases.length });
    });
  });
  return result;
}
