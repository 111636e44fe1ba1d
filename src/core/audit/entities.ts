// The state of each audited record as the chain hashes it. Writing and verifying both read state
// through these functions, so a record edited behind the app's back no longer matches its last
// audit row. A new table that holds records gets an entry here.
import type { Entity } from '../../shared/domain/audit';
import { all, get, sql, type ReadableDb } from '../store/db';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../store/migrations/002-idle-lock';
import { PERKARA_ADDED_IN_3 } from '../store/migrations/003-case-records';
import { canonicalJson } from './canonical';
import { readSettingsRow } from '../store/settings-row';

type State = Record<string, unknown>;

type Reader = {
  one: (db: ReadableDb, id: string) => State | null;
  all: (db: ReadableDb) => Array<{ id: string; state: State }>;
};

function metaState(db: ReadableDb): State | null {
  const rows = all<{ key: string; value: string }>(db, sql`SELECT key, value FROM meta ORDER BY key`);
  return rows.length ? Object.fromEntries(rows.map((r) => [r.key, r.value])) : null;
}

/**
 * Fields a later migration added to an audited table, with the default it gave them. While a field
 * holds that default it is left out of the state, so a record last changed before the migration
 * still matches its last audit row; once changed, it is part of the state like any other field.
 */
const ADDED_LATER: Partial<Record<Entity, Record<string, unknown>>> = {
  settings: { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES }, // schema 2
  perkara: PERKARA_ADDED_IN_3, // schema 3
};

function withoutUntouchedAdditions(entity: Entity, state: State): State {
  const added = ADDED_LATER[entity];
  if (!added) return state;
  return Object.fromEntries(
    Object.entries(state).filter(([k, v]) => !(k in added && canonicalJson(added[k]) === canonicalJson(v))),
  );
}

/** snake_case column → camelCase field, as every state names its fields. */
function camel(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

type TableSpec = {
  table: string;
  /** Columns holding JSON text, hashed as the value they hold. */
  json?: readonly string[];
  /** Columns derived from others (a sort key), left out of the state. */
  derived?: readonly string[];
  /** Columns holding keys: never copied into the audit table, which keeps every state forever. */
  secret?: readonly string[];
  /** Columns holding bytes, hashed as base64. */
  bytes?: readonly string[];
  /** State that lives in other tables (a document's parties). */
  extra?: (db: ReadableDb, id: string) => State;
};

// Table names come from the fixed list below, never from input.
function rowState(db: ReadableDb, spec: TableSpec, entity: Entity, row: Record<string, unknown>): State {
  const state: State = {};
  for (const [column, value] of Object.entries(row)) {
    if (spec.derived?.includes(column) || spec.secret?.includes(column)) continue;
    if (spec.json?.includes(column) && typeof value === 'string') state[camel(column)] = JSON.parse(value);
    else if (spec.bytes?.includes(column) && Buffer.isBuffer(value)) state[camel(column)] = value.toString('base64');
    else state[camel(column)] = value;
  }
  if (spec.extra) Object.assign(state, spec.extra(db, String(row.id)));
  return withoutUntouchedAdditions(entity, state);
}

function tableReader(entity: Entity, spec: TableSpec): Reader {
  return {
    one: (db, id) => {
      const row = get<Record<string, unknown>>(db, { text: `SELECT * FROM ${spec.table} WHERE id = ?`, params: [id] });
      return row ? rowState(db, spec, entity, row) : null;
    },
    all: (db) =>
      all<Record<string, unknown>>(db, { text: `SELECT * FROM ${spec.table}`, params: [] }).map((row) => ({
        id: String(row.id),
        state: rowState(db, spec, entity, row),
      })),
  };
}

function documentParties(db: ReadableDb, id: string): State {
  const rows = all<{ party_id: string }>(db, sql`SELECT party_id FROM document_party WHERE document_id = ${id} ORDER BY party_id`);
  return { parties: rows.map((r) => r.party_id) };
}

// A rule-set version is keyed by id and version together; its audit rows name it 'id@version'.
const ruleSetReader: Reader = {
  one: (db, ref) => {
    const at = ref.lastIndexOf('@');
    const row = get<{ id: string; version: number; definition: string; created_at: string }>(
      db,
      sql`SELECT * FROM rule_set WHERE id = ${ref.slice(0, at)} AND version = ${Number(ref.slice(at + 1))}`,
    );
    return row ? { id: row.id, version: row.version, definition: JSON.parse(row.definition), createdAt: row.created_at } : null;
  },
  all: (db) =>
    all<{ id: string; version: number; definition: string; created_at: string }>(db, sql`SELECT * FROM rule_set`).map((row) => ({
      id: `${row.id}@${row.version}`,
      state: { id: row.id, version: row.version, definition: JSON.parse(row.definition), createdAt: row.created_at },
    })),
};

export const ENTITY_READERS: Record<Entity, Reader> = {
  case_file: {
    one: (db, id) => {
      const state = metaState(db);
      return state && state.case_file_id === id ? state : null;
    },
    all: (db) => {
      const state = metaState(db);
      return state ? [{ id: String(state.case_file_id), state }] : [];
    },
  },
  settings: {
    one: (db, id) => {
      const values = readSettingsRow(db, Number(id));
      return values ? withoutUntouchedAdditions('settings', values) : null;
    },
    all: (db) =>
      all<{ id: number }>(db, sql`SELECT id FROM settings`).flatMap(({ id }) => {
        const values = readSettingsRow(db, id);
        return values ? [{ id: String(id), state: withoutUntouchedAdditions('settings', values) }] : [];
      }),
  },
  user: tableReader('user', { table: 'users' }),
  user_key: tableReader('user_key', { table: 'user_keys', bytes: ['public_key'] }),
  perkara: tableReader('perkara', { table: 'perkara', json: ['charges', 'team', 'resume', 'warnings'], derived: ['lp_sort'] }),
  perkara_stage: tableReader('perkara_stage', { table: 'perkara_stage' }),
  person: tableReader('person', { table: 'person', json: ['warnings'] }),
  party: tableReader('party', { table: 'party', json: ['guardian'] }),
  arrest: tableReader('arrest', { table: 'arrest', json: ['warnings'] }),
  detention: tableReader('detention', { table: 'detention', json: ['warnings'] }),
  document: tableReader('document', { table: 'document', extra: documentParties }),
  charge: tableReader('charge', { table: 'charge' }),
  rule_set: ruleSetReader,
  evidence: tableReader('evidence', { table: 'evidence' }),
  custody_event: tableReader('custody_event', { table: 'custody_event' }),
  attachment: tableReader('attachment', { table: 'attachment', secret: ['file_key', 'thumb_key'] }),
  dossier_export: tableReader('dossier_export', { table: 'dossier_export' }),
};
