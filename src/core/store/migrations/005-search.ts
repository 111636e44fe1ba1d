// Schema 5: the search index. For each kind of record (people, cases, documents, barang bukti) two
// FTS5 tables, whose rowid is the source row's rowid:
//   search_<kind>_prefix   unicode61, prefix index of 1 and 2 characters: short queries ("s", "nu")
//   search_<kind>_trigram  trigram: any substring of 3 or more characters ("wulan" in "Sari
//                          Wulandari"), and the digits of NIK and phone, so any part of them is found
// Both fold case and diacritics (remove_diacritics), precomposed or NFD alike. A table per kind, not
// one for all: FTS5 reaches the rows of one kind in a shared index only by stepping over the others'
// (measured: 8-10 ms for "s" over 100,000 people), while a table of its own starts with them.
//
// The index is derived data, not a record: it is not audited and holds no text of its own
// (contentless, content=''), only the index; the search reads the rows themselves. Triggers on the
// source tables keep it in step in the writing transaction, so every write path (forms, import,
// delete, a raw SQL edit) updates it. rebuildSearchIndex() recomputes it from the source rows.
// The source tables have TEXT ids; their implicit rowids are stable (VACUUM and VACUUM INTO keep
// them), and the rest of the code already orders by them.
import type { WritableDb } from '../db';

export const SEARCH_KINDS = ['person', 'perkara', 'document', 'evidence'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The two index tables of a kind; fixed names, safe to put in SQL text. */
export const SEARCH_TABLES: Record<SearchKind, { prefix: string; trigram: string }> = {
  person: { prefix: 'search_person_prefix', trigram: 'search_person_trigram' },
  perkara: { prefix: 'search_perkara_prefix', trigram: 'search_perkara_trigram' },
  document: { prefix: 'search_document_prefix', trigram: 'search_document_trigram' },
  evidence: { prefix: 'search_evidence_prefix', trigram: 'search_evidence_trigram' },
};

/** A phone number as its digits: '0812-0000 1001' → '081200001001'. */
const digitsOf = (column: string): string =>
  ['-', ' ', '.', '(', ')', '+', '/'].reduce((expr, ch) => `replace(${expr}, '${ch}', '')`, column);

/**
 * What each kind puts in the index, as SQL over a row named `r` (NEW in a trigger). head: what
 * names the record (weighted up when ranking); body: the rest; digits: NIK and phone as digits.
 * Constants of this file, never input.
 */
type Source = { table: string; watched: readonly string[]; head: string; body: string; digits: string };
const SOURCES: Record<SearchKind, Source> = {
  person: {
    table: 'person',
    watched: ['full_name', 'alias', 'nik', 'phone', 'birth_place', 'address'],
    head: `r.full_name || ' ' || r.alias`,
    body: `r.birth_place || ' ' || r.address`,
    digits: `coalesce(r.nik, '') || ' ' || ${digitsOf('r.phone')}`,
  },
  perkara: {
    table: 'perkara',
    watched: ['lp_number', 'title', 'place', 'modus', 'recruitment_channel', 'resume'],
    head: `r.lp_number || ' ' || r.title`,
    // The resume is a JSON object of the five headings: its texts, not its keys.
    body: `r.place || ' ' || r.modus || ' ' || r.recruitment_channel || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(r.resume)), '')`,
    digits: `''`,
  },
  document: {
    table: 'document',
    watched: ['type', 'number', 'signatory', 'summary'],
    // 'ba_penyitaan' → 'ba penyitaan', so "penyitaan" is a word of it.
    head: `replace(r.type, '_', ' ') || ' ' || r.number`,
    body: `r.signatory || ' ' || r.summary`,
    digits: `''`,
  },
  evidence: {
    table: 'evidence',
    watched: ['number', 'description', 'seal_number'],
    head: `r.description`,
    body: `'BB-' || r.number || ' ' || r.seal_number`,
    digits: `''`,
  },
};

const on = (expr: string, row: string): string => expr.replace(/\br\./g, `${row}.`);

/** The index rows of `kind`: of the trigger's NEW row, or (row 'r') of every row of its table. */
function fill(kind: SearchKind, row: 'new' | 'r'): string {
  const s = SOURCES[kind];
  const { prefix, trigram } = SEARCH_TABLES[kind];
  const from = row === 'r' ? ` FROM ${s.table} r` : '';
  return `
    INSERT INTO ${prefix} (rowid, head, body) SELECT ${row}.rowid, ${on(s.head, row)}, ${on(s.body, row)}${from};
    INSERT INTO ${trigram} (rowid, head, body, digits) SELECT ${row}.rowid, ${on(s.head, row)}, ${on(s.body, row)}, ${on(s.digits, row)}${from};`;
}

function drop(kind: SearchKind): string {
  const { prefix, trigram } = SEARCH_TABLES[kind];
  return `
    DELETE FROM ${prefix} WHERE rowid = old.rowid;
    DELETE FROM ${trigram} WHERE rowid = old.rowid;`;
}

function create(kind: SearchKind): string {
  const { table, watched } = SOURCES[kind];
  const { prefix, trigram } = SEARCH_TABLES[kind];
  // contentless_delete: rows can be deleted by rowid without keeping a copy of their text.
  // UPDATE OF: a stage change or a new updated_at does not rewrite the index rows.
  return `
    CREATE VIRTUAL TABLE ${prefix} USING fts5(head, body,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', content = '', contentless_delete = 1);
    CREATE VIRTUAL TABLE ${trigram} USING fts5(head, body, digits,
      tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1);
    CREATE TRIGGER search_${table}_insert AFTER INSERT ON ${table} BEGIN ${fill(kind, 'new')} END;
    CREATE TRIGGER search_${table}_update AFTER UPDATE OF ${watched.join(', ')} ON ${table} BEGIN ${drop(kind)} ${fill(kind, 'new')} END;
    CREATE TRIGGER search_${table}_delete AFTER DELETE ON ${table} BEGIN ${drop(kind)} END;`;
}

/** Empties the index and fills it again from every source row. */
export function rebuildSearchIndex(db: WritableDb): void {
  for (const kind of SEARCH_KINDS) {
    const { prefix, trigram } = SEARCH_TABLES[kind];
    db.exec(`INSERT INTO ${prefix} (${prefix}) VALUES ('delete-all'); INSERT INTO ${trigram} (${trigram}) VALUES ('delete-all');`);
    db.exec(fill(kind, 'r'));
  }
}

export function migration005Search(db: WritableDb): void {
  for (const kind of SEARCH_KINDS) {
    db.exec(create(kind));
    db.exec(fill(kind, 'r'));
  }
}
