// Schema 4: barang bukti. Evidence items of a case, their chain of custody (append-only: the
// database itself refuses to change or delete an event), and attachments, whose content lives in
// encrypted files under blobs/ (src/core/blobs) and whose row holds the file's key and SHA-256.
import type { WritableDb } from '../db';

export function migration004Evidence(db: WritableDb): void {
  db.exec(`
    CREATE TABLE evidence (
      id                   TEXT PRIMARY KEY,
      perkara_id           TEXT NOT NULL REFERENCES perkara(id),
      number               INTEGER NOT NULL CHECK (number > 0),
      description          TEXT NOT NULL CHECK (length(description) > 0),
      category             TEXT NOT NULL CHECK (category IN ('fisik', 'digital', 'dokumen', 'uang')),
      amount               INTEGER CHECK (amount IS NULL OR (category = 'uang' AND amount >= 0)),
      seized_from          TEXT NOT NULL DEFAULT '',
      seized_from_party    TEXT REFERENCES party(id),
      seized_place         TEXT NOT NULL DEFAULT '',
      seized_at            TEXT,
      seizure_document     TEXT REFERENCES document(id),
      permission_document  TEXT REFERENCES document(id),
      seal_number          TEXT NOT NULL DEFAULT '',
      storage              TEXT NOT NULL DEFAULT '',
      disposition          TEXT NOT NULL DEFAULT '' CHECK (disposition IN ('', 'dikembalikan', 'dirampas_negara', 'dimusnahkan')),
      disposition_note     TEXT NOT NULL DEFAULT '',
      created_at           TEXT NOT NULL,
      updated_at           TEXT NOT NULL,
      UNIQUE (perkara_id, number)
    ) STRICT;

    -- seq numbers the events of one item from 1. A correction is a new event naming the one it
    -- corrects; nothing is ever updated or deleted.
    CREATE TABLE custody_event (
      id           TEXT PRIMARY KEY,
      evidence_id  TEXT NOT NULL REFERENCES evidence(id),
      seq          INTEGER NOT NULL CHECK (seq > 0),
      released_by  TEXT NOT NULL,
      received_by  TEXT NOT NULL,
      at           TEXT NOT NULL,
      purpose      TEXT NOT NULL CHECK (purpose IN
                     ('penyitaan', 'penyimpanan', 'pemeriksaan', 'pemeriksaan_lab', 'penyerahan_jpu', 'pengembalian', 'pemusnahan', 'lainnya')),
      location     TEXT NOT NULL DEFAULT '',
      seal_intact  INTEGER CHECK (seal_intact IN (0, 1)),
      note         TEXT NOT NULL DEFAULT '',
      corrects     TEXT REFERENCES custody_event(id),
      created_at   TEXT NOT NULL,
      UNIQUE (evidence_id, seq)
    ) STRICT;
    CREATE TRIGGER custody_event_append_only_update BEFORE UPDATE ON custody_event
      BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
    CREATE TRIGGER custody_event_append_only_delete BEFORE DELETE ON custody_event
      BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;

    -- An attached file, on an evidence item or on a document. blob_id names blobs/<blob_id>;
    -- file_key is its AES-256 key (the database's encryption is what protects it). The thumbnail of
    -- an image is a blob of its own.
    CREATE TABLE attachment (
      id             TEXT PRIMARY KEY,
      perkara_id     TEXT NOT NULL REFERENCES perkara(id),
      evidence_id    TEXT REFERENCES evidence(id),
      document_id    TEXT REFERENCES document(id),
      blob_id        TEXT NOT NULL UNIQUE CHECK (length(blob_id) = 32),
      file_key       BLOB NOT NULL CHECK (length(file_key) = 32),
      name           TEXT NOT NULL CHECK (length(name) > 0),
      media_type     TEXT NOT NULL,
      size           INTEGER NOT NULL CHECK (size >= 0),
      sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
      sha1           TEXT,
      md5            TEXT,
      protected      INTEGER NOT NULL CHECK (protected IN (0, 1)),
      thumb_blob_id  TEXT UNIQUE CHECK (thumb_blob_id IS NULL OR length(thumb_blob_id) = 32),
      thumb_key      BLOB CHECK (thumb_key IS NULL OR length(thumb_key) = 32),
      thumb_sha256   TEXT CHECK (thumb_sha256 IS NULL OR length(thumb_sha256) = 64),
      created_at     TEXT NOT NULL,
      CHECK ((evidence_id IS NULL) <> (document_id IS NULL)),
      CHECK ((thumb_blob_id IS NULL) = (thumb_key IS NULL) AND (thumb_key IS NULL) = (thumb_sha256 IS NULL))
    ) STRICT;
    CREATE INDEX attachment_by_evidence ON attachment(evidence_id) WHERE evidence_id IS NOT NULL;
    CREATE INDEX attachment_by_document ON attachment(document_id) WHERE document_id IS NOT NULL;
  `);
}
