// Search: what a person types, found in people, cases, documents and barang bukti (migration 005).
// Read-only. The query is user text: it is folded (case, accents, compatibility forms), cut into
// words, and every word is quoted, so nothing typed is ever read as FTS5 syntax.
//   a word of 3+ characters   matches anywhere inside a word (trigram index): "wulan" → Wulandari
//   a word of 1-2 characters  matches the start of a word (prefix index): "s" → Siti
//   4+ digits                 also match NIK and phone digits; "6471 0121" and "0812-0000" are read
//                             as one number when the query holds nothing but digits and separators
// Ranking is bounded: each kind takes the first CANDIDATES matches in index order, then ranks those
// with BM25. FTS5's own bm25() is not used because it first counts every match of every term in the
// whole table (its IDF), which for "s" or a phone prefix means a scan of most of the index.
import type { PerkaraId } from '../../shared/domain/ids';
import type { PartyRole } from '../../shared/domain/person';
import type { Stage } from '../../shared/domain/case';
import type { DocumentType } from '../../shared/domain/document';
import { datePart } from '../../shared/domain/fields';
import {
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
  type CaseHit,
  type DocumentHit,
  type EvidenceHit,
  type PersonHit,
  type SearchResults,
} from '../../shared/domain/search';
import { isChildOn } from '../../shared/rules/age';
import { all, sql, type Query, type ReadableDb } from '../store/db';
import { SEARCH_TABLES, type SearchKind } from '../store/migrations/005-search';

const CANDIDATES = 200;
const MAX_WORDS = 8;
/** BM25 constants as FTS5's bm25() uses them, and field weights: head, body, digits. */
const K1 = 1.2;
const B = 0.75;
const WEIGHTS = [4, 1, 4] as const;

export type Term = { text: string; mode: 'substring' | 'prefix' | 'digits' };

/** Case, diacritics and compatibility forms folded away, as the index's tokenizers fold them. */
export function fold(text: string): string {
  // Most names and numbers are plain ASCII, which only needs lower case (and normalising is slow).
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().normalize('NFC');
}

const WORD = /[\p{L}\p{N}]+/gu;
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** The words of a query and how each is matched; [] when nothing searchable is left. */
export function searchTerms(query: string): Term[] {
  const q = fold(query.slice(0, SEARCH_QUERY_MAX)).trim();
  if (/^[\d\s.\-+()/]+$/.test(q)) {
    const digits = q.replace(/\D/g, '');
    if (digits.length >= 4) return [{ text: digits, mode: 'digits' }];
  }
  const words = [...new Set(q.match(WORD) ?? [])].slice(0, MAX_WORDS);
  return words.map((text) => ({ text, mode: /^\d{4,}$/.test(text) ? 'digits' : [...text].length >= 3 ? 'substring' : 'prefix' }));
}

// Words hold letters and digits only; doubling quotes keeps the quoting right whatever changes.
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** FTS5 expressions: for the trigram index (3+ characters) and for the prefix index (1-2). */
export function matchExpressions(terms: readonly Term[]): { trigram: string | null; prefix: string | null } {
  const long = terms.filter((t) => t.mode !== 'prefix');
  const short = terms.filter((t) => t.mode === 'prefix');
  return {
    // Only digit runs may match the digits column: "517" in an LP number, not inside every NIK.
    trigram: long.length ? long.map((t) => (t.mode === 'digits' ? quote(t.text) : `{head body} : ${quote(t.text)}`)).join(' AND ') : null,
    prefix: short.length ? short.map((t) => `${quote(t.text)} *`).join(' AND ') : null,
  };
}

/** Source rowids of the first `n` index rows of `kind` matching every term, in index order. */
function candidates(db: ReadableDb, kind: SearchKind, terms: readonly Term[], n: number): number[] {
  const { trigram, prefix } = matchExpressions(terms);
  // Table names come from the fixed SEARCH_TABLES; everything typed is a bound parameter.
  const t = SEARCH_TABLES[kind];
  let q: Query | null = null;
  if (trigram && prefix) {
    // Both indexes yield rowids in order, so INTERSECT ... ORDER BY rowid merges the two streams and
    // stops at n. (`rowid IN (subquery)` would run the trigram query once per prefix match: seconds.)
    q = {
      text: `SELECT rowid AS k FROM ${t.trigram} WHERE ${t.trigram} MATCH ? INTERSECT SELECT rowid FROM ${t.prefix} WHERE ${t.prefix} MATCH ? ORDER BY 1 LIMIT ?`,
      params: [trigram, prefix, n],
    };
  } else if (trigram) {
    q = { text: `SELECT rowid AS k FROM ${t.trigram} WHERE ${t.trigram} MATCH ? LIMIT ?`, params: [trigram, n] };
  } else if (prefix) {
    q = { text: `SELECT rowid AS k FROM ${t.prefix} WHERE ${t.prefix} MATCH ? LIMIT ?`, params: [prefix, n] };
  }
  return q ? all<{ k: number }>(db, q).map((r) => r.k) : [];
}

type Field = { text: string; words: string[] };

/** How often a term occurs in a folded field; a match inside a word counts half of one at its start. */
function frequency(field: Field, term: Term): number {
  if (term.mode === 'prefix') return field.words.filter((w) => w.startsWith(term.text)).length;
  let n = 0;
  const { text } = field;
  for (let i = text.indexOf(term.text); i >= 0; i = text.indexOf(term.text, i + term.text.length)) {
    n += i === 0 || !isWordChar(text.slice(i - 1, i)) ? 1 : 0.5;
  }
  return n;
}

type Doc<T> = { src: number; fields: readonly [string, string, string]; row: T };

/**
 * BM25 over the candidates, weighted per field as bm25(head, body, digits) would be. The IDF factor
 * is left out: every candidate contains every term, so it would be the same for all of them.
 */
function ranked<T>(docs: Array<Doc<T>>, terms: readonly Term[], limit: number): T[] {
  const toField = (raw: string): Field => {
    const text = fold(raw);
    return { text, words: text.match(WORD) ?? [] };
  };
  const folded = docs.map((d) => ({ ...d, fields: d.fields.map(toField) }));
  const lengths = folded.map((d) => d.fields.map((f) => f.words.length || 1));
  const average = WEIGHTS.map((_, i) => lengths.reduce((sum, l) => sum + (l[i] ?? 1), 0) / Math.max(1, lengths.length));
  const scored = folded.map((d, j) => {
    let score = 0;
    for (const term of terms) {
      d.fields.forEach((field, i) => {
        // Words of 3+ letters are not searched in the digits column, so they do not score there.
        if (i === 2 && term.mode !== 'digits') return;
        const tf = frequency(field, term);
        const norm = 1 - B + (B * (lengths[j]?.[i] ?? 1)) / (average[i] ?? 1);
        score += (WEIGHTS[i] ?? 1) * ((tf * (K1 + 1)) / (tf + K1 * norm));
      });
    }
    return { score, src: d.src, row: d.row };
  });
  scored.sort((a, b) => b.score - a.score || a.src - b.src);
  return scored.slice(0, limit).map((s) => s.row);
}

const idList = (ids: number[]): string => JSON.stringify(ids);
const digitsOf = (text: string): string => text.replace(/\D/g, '');

type PersonRow = { src: number; id: string; full_name: string; alias: string; nik: string | null; phone: string; birth_place: string; address: string; birth_date: string | null };
type RoleRow = { perkara_id: PerkaraId; lp_number: string; role: PartyRole; confidential: number; offence_start: string | null };

function persons(db: ReadableDb, terms: readonly Term[], n: number, limit: number): PersonHit[] {
  const rows = all<PersonRow>(db, sql`SELECT rowid AS src, id, full_name, alias, nik, phone, birth_place, address, birth_date FROM person
                                       WHERE rowid IN (SELECT value FROM json_each(${idList(candidates(db, 'person', terms, n))}))`);
  const docs = rows.map((r): Doc<PersonRow> => ({
    src: r.src, row: r, fields: [`${r.full_name} ${r.alias}`, `${r.birth_place} ${r.address}`, `${r.nik ?? ''} ${digitsOf(r.phone)}`],
  }));
  return ranked(docs, terms, limit).map((p) => ({
    personId: p.id,
    name: p.full_name,
    alias: p.alias,
    roles: all<RoleRow>(db, sql`SELECT pa.perkara_id, pe.lp_number, pa.role, pa.confidential, pe.offence_start
                                 FROM party pa JOIN perkara pe ON pe.id = pa.perkara_id
                                 WHERE pa.person_id = ${p.id} ORDER BY pe.lp_sort, pa.rowid`).map((r) => ({
      perkaraId: r.perkara_id,
      lpNumber: r.lp_number,
      role: r.role,
      // As the case's own screens decide it: the stored flag, or a child on the offence's first day.
      confidential: r.confidential === 1 || Boolean(p.birth_date && r.offence_start && isChildOn(p.birth_date, datePart(r.offence_start))),
    })),
  }));
}

type CaseRow = { src: number; id: PerkaraId; lp_number: string; title: string; stage: Stage; place: string; modus: string; recruitment_channel: string };

function cases(db: ReadableDb, terms: readonly Term[], n: number, limit: number): CaseHit[] {
  const rows = all<CaseRow>(db, sql`SELECT rowid AS src, id, lp_number, title, stage, place, modus, recruitment_channel FROM perkara
                                     WHERE rowid IN (SELECT value FROM json_each(${idList(candidates(db, 'perkara', terms, n))}))`);
  // The resume is found (it is indexed) but not read for ranking: it runs to pages, and folding 200
  // of them on every keystroke costs more than the whole search. A case found only by its resume
  // ranks after those whose LP, title or place match.
  const docs = rows.map((r): Doc<CaseRow> => ({ src: r.src, row: r, fields: [`${r.lp_number} ${r.title}`, `${r.place} ${r.modus} ${r.recruitment_channel}`, ''] }));
  return ranked(docs, terms, limit).map((c) => ({ perkaraId: c.id, lpNumber: c.lp_number, title: c.title, stage: c.stage }));
}

type DocumentRow = { src: number; id: string; perkara_id: PerkaraId; lp_number: string; type: DocumentType; number: string; date: string | null; signatory: string; summary: string };

function documents(db: ReadableDb, terms: readonly Term[], n: number, limit: number): DocumentHit[] {
  const rows = all<DocumentRow>(db, sql`SELECT d.rowid AS src, d.id, d.perkara_id, pe.lp_number, d.type, d.number, d.date, d.signatory, d.summary
                                         FROM document d JOIN perkara pe ON pe.id = d.perkara_id
                                         WHERE d.rowid IN (SELECT value FROM json_each(${idList(candidates(db, 'document', terms, n))}))`);
  const docs = rows.map((r): Doc<DocumentRow> => ({ src: r.src, row: r, fields: [`${r.type.replace(/_/g, ' ')} ${r.number}`, `${r.signatory} ${r.summary}`, ''] }));
  return ranked(docs, terms, limit).map((d) => ({ documentId: d.id, perkaraId: d.perkara_id, lpNumber: d.lp_number, type: d.type, number: d.number, date: d.date }));
}

type EvidenceRow = { src: number; id: string; perkara_id: PerkaraId; lp_number: string; number: number; description: string; seal_number: string };

function evidence(db: ReadableDb, terms: readonly Term[], n: number, limit: number): EvidenceHit[] {
  const rows = all<EvidenceRow>(db, sql`SELECT e.rowid AS src, e.id, e.perkara_id, pe.lp_number, e.number, e.description, e.seal_number
                                         FROM evidence e JOIN perkara pe ON pe.id = e.perkara_id
                                         WHERE e.rowid IN (SELECT value FROM json_each(${idList(candidates(db, 'evidence', terms, n))}))`);
  const docs = rows.map((r): Doc<EvidenceRow> => ({ src: r.src, row: r, fields: [r.description, `BB-${r.number} ${r.seal_number}`, ''] }));
  return ranked(docs, terms, limit).map((e) => ({ evidenceId: e.id, perkaraId: e.perkara_id, lpNumber: e.lp_number, number: e.number, description: e.description }));
}

/** Everything matching `query`, grouped by kind, each group best first and at most `limit` long. */
export function search(db: ReadableDb, query: string, options: { limit?: number } = {}): SearchResults {
  const wanted = options.limit;
  const limit = wanted !== undefined && Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, SEARCH_LIMIT_MAX) : SEARCH_LIMIT_DEFAULT;
  const terms = searchTerms(query);
  if (!terms.length) return { persons: [], cases: [], documents: [], evidence: [] };
  const n = Math.max(CANDIDATES, limit);
  return {
    persons: persons(db, terms, n, limit),
    cases: cases(db, terms, n, limit),
    documents: documents(db, terms, n, limit),
    evidence: evidence(db, terms, n, limit),
  };
}
