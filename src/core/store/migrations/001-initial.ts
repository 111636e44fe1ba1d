// Schema 1: the case file's metadata and settings, its users and their signing keys, the audit
// chain, and the minimal perkara table every screen and the audit chain refer to.
import type { WritableDb } from '../db';

export function migration001Initial(db: WritableDb): void {
  db.exec(`
    -- One row per fact about the case file itself (id, creation, the recovery key's slot id).
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      title       TEXT NOT NULL CHECK (length(title) > 0),
      unit_name   TEXT NOT NULL DEFAULT '',
      unit_code   TEXT NOT NULL DEFAULT '',
      satker      TEXT NOT NULL DEFAULT '',
      polda       TEXT NOT NULL DEFAULT '',
      letterhead  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(letterhead) AND json_type(letterhead) = 'array'),
      time_zone   TEXT NOT NULL DEFAULT 'WITA' CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))
    ) STRICT;

    -- slot_id names the user's key slot in keys.json; NULL once the user is removed.
    CREATE TABLE users (
      id            TEXT PRIMARY KEY,
      login         TEXT NOT NULL UNIQUE,
      display_name  TEXT NOT NULL,
      role          TEXT NOT NULL CHECK (role IN ('atasan', 'penyidik', 'pembaca')),
      slot_id       TEXT UNIQUE,
      created_at    TEXT NOT NULL,
      removed_at    TEXT
    ) STRICT;

    -- Every Ed25519 public key that has signed audit rows, so old signatures still verify. user_id
    -- is NULL for the recovery key's own signing key. When each key was valid is read from the
    -- audit rows that added them (docs/case-file-format.md, "Audit chain").
    CREATE TABLE user_keys (
      id          INTEGER PRIMARY KEY,
      user_id     TEXT REFERENCES users(id),
      public_key  BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
      valid_from  TEXT NOT NULL,
      reason      TEXT NOT NULL CHECK (reason IN ('created', 'recovery', 'recovery-key')),
      CHECK ((user_id IS NULL) = (reason = 'recovery-key'))
    ) STRICT;
    CREATE INDEX user_keys_by_user ON user_keys(user_id, id);

    CREATE TABLE perkara (
      id          TEXT PRIMARY KEY,
      lp_number   TEXT NOT NULL UNIQUE,
      lp_date     TEXT,
      title       TEXT NOT NULL,
      stage       TEXT NOT NULL DEFAULT 'penyelidikan' CHECK (stage IN
                    ('penyelidikan', 'penyidikan', 'tahap_1', 'dikembalikan', 'lengkap', 'tahap_2', 'sp3')),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    -- The audit chain: one row per change, written in the change's own transaction, hash-chained
    -- and signed. user_id is NULL for a change made with the recovery key.
    CREATE TABLE audit (
      seq         INTEGER PRIMARY KEY CHECK (seq > 0),
      at          TEXT NOT NULL,
      user_id     TEXT,
      perkara_id  TEXT,
      action      TEXT NOT NULL,
      entity      TEXT NOT NULL,
      entity_id   TEXT NOT NULL,
      state       TEXT,
      state_hash  TEXT CHECK ((state IS NULL) = (state_hash IS NULL)),
      key_id      INTEGER NOT NULL,
      prev_hash   TEXT NOT NULL,
      hash        TEXT NOT NULL UNIQUE,
      signature   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_by_entity ON audit(entity, entity_id, seq);
    CREATE INDEX audit_by_perkara ON audit(perkara_id, seq) WHERE perkara_id IS NOT NULL;
    CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
  `);
}
