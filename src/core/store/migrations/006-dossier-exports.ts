// Schema 6: the dossier exports. Each export of a berkas perkara is a row, written with its audit row
// in one transaction once the file is in place, so the station can later say which exports it
// issued and what the SHA-256 of each file was (docs/dossier-format.md).
//
// `number` counts a case's exports from 1. An export of content identical to the case's previous
// export in the same profile (same `content_digest`) takes the same number, so two exports of the same
// data are byte-identical, as the format promises; a changed case gets the next number.
import type { WritableDb } from '../db';

export function migration006DossierExports(db: WritableDb): void {
  db.exec(`
    CREATE TABLE dossier_export (
      id TEXT PRIMARY KEY,
      perkara_id TEXT NOT NULL REFERENCES perkara(id),
      number INTEGER NOT NULL CHECK (number >= 1),
      profile TEXT NOT NULL CHECK (profile IN ('full', 'deidentified')),
      exported_at TEXT NOT NULL,
      content_digest TEXT NOT NULL CHECK (length(content_digest) = 64),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      pages INTEGER NOT NULL CHECK (pages > 0),
      created_at TEXT NOT NULL
    );
    CREATE INDEX dossier_export_perkara ON dossier_export (perkara_id, number);
    -- What was issued stays issued: an export row is never changed or removed.
    CREATE TRIGGER dossier_export_no_update BEFORE UPDATE ON dossier_export
      BEGIN SELECT RAISE(ABORT, 'dossier exports are append-only'); END;
    CREATE TRIGGER dossier_export_no_delete BEFORE DELETE ON dossier_export
      BEGIN SELECT RAISE(ABORT, 'dossier exports are append-only'); END;
  `);
}
