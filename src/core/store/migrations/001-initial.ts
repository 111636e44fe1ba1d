// Schema 1: the case file's metadata and settings, its users and their signing keys, and the minimal
// perkara table every screen and the audit chain refer to.
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

    -- Every Ed25519 public key a user has signed with, oldest first, so old signatures still verify.
    CREATE TABLE user_keys (
      id          INTEGER PRIMARY KEY,
      user_id     TEXT NOT NULL REFERENCES users(id),
      public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
      valid_from  TEXT NOT NULL,
      reason      TEXT NOT NULL CHECK (reason IN ('created', 'recovery', 'rekey'))
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
  `);
}
