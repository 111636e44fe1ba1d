// The state of each audited record as the chain hashes it. Writing and verifying both read state
// through these functions, so a record edited behind the app's back no longer matches its last
// audit row. A new table that holds records gets an entry here.
import type { Entity } from '../../shared/domain/audit';
import { all, get, sql, type ReadableDb } from '../store/db';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../store/migrations/002-idle-lock';
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
};

function withoutUntouchedAdditions(entity: Entity, state: State): State {
  const added = ADDED_LATER[entity];
  if (!added) return state;
  return Object.fromEntries(Object.entries(state).filter(([k, v]) => !(k in added && added[k] === v)));
}

type UserRow = { id: string; login: string; display_name: string; role: string; slot_id: string | null; created_at: string; removed_at: string | null };
const userState = (r: UserRow): State => ({
  id: r.id,
  login: r.login,
  displayName: r.display_name,
  role: r.role,
  slotId: r.slot_id,
  createdAt: r.created_at,
  removedAt: r.removed_at,
});

type KeyRow = { id: number; user_id: string | null; public_key: Buffer; valid_from: string; reason: string };
const keyState = (r: KeyRow): State => ({
  id: r.id,
  userId: r.user_id,
  publicKey: r.public_key.toString('base64'),
  validFrom: r.valid_from,
  reason: r.reason,
});

type PerkaraRow = { id: string; lp_number: string; lp_date: string | null; title: string; stage: string; created_at: string; updated_at: string };
const perkaraState = (r: PerkaraRow): State => ({
  id: r.id,
  lpNumber: r.lp_number,
  lpDate: r.lp_date,
  title: r.title,
  stage: r.stage,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

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
  user: {
    one: (db, id) => {
      const r = get<UserRow>(db, sql`SELECT id, login, display_name, role, slot_id, created_at, removed_at FROM users WHERE id = ${id}`);
      return r ? userState(r) : null;
    },
    all: (db) =>
      all<UserRow>(db, sql`SELECT id, login, display_name, role, slot_id, created_at, removed_at FROM users`).map((r) => ({
        id: r.id,
        state: userState(r),
      })),
  },
  user_key: {
    one: (db, id) => {
      const r = get<KeyRow>(db, sql`SELECT id, user_id, public_key, valid_from, reason FROM user_keys WHERE id = ${Number(id)}`);
      return r ? keyState(r) : null;
    },
    all: (db) =>
      all<KeyRow>(db, sql`SELECT id, user_id, public_key, valid_from, reason FROM user_keys`).map((r) => ({ id: String(r.id), state: keyState(r) })),
  },
  perkara: {
    one: (db, id) => {
      const r = get<PerkaraRow>(db, sql`SELECT * FROM perkara WHERE id = ${id}`);
      return r ? perkaraState(r) : null;
    },
    all: (db) => all<PerkaraRow>(db, sql`SELECT * FROM perkara`).map((r) => ({ id: r.id, state: perkaraState(r) })),
  },
};
