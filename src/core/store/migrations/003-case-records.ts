// Schema 3: the case records of DESIGN.md §4. The perkara row grows the fields of a TPPO case; people
// (once per person, matched by NIK) take roles in cases; tersangka have arrests and detentions;
// documents of the investigation name the people they concern; stage changes keep their history.
// Custom pasal and edited rule sets are stored here; the built-in ones live in the code
// (src/shared/rules), so that a seed never appears in the database without an audit row.
import { lpSortKey } from '../../../shared/rules/lp';
import { all, run, sql, type WritableDb } from '../db';

/** Columns this migration adds to perkara, with the defaults old rows get (see audit/entities.ts). */
export const PERKARA_ADDED_IN_3 = {
  model: null,
  satker: '',
  place: '',
  offenceStart: null,
  offenceEnd: null,
  modus: '',
  exploitation: '',
  recruitmentChannel: '',
  charges: [],
  team: [],
  resume: { dasar: '', uraian: '', fakta: '', analisis: '', kesimpulan: '' },
  adultRules: null,
  childRules: null,
  warnings: [],
} as const;

const EMPTY_RESUME = JSON.stringify(PERKARA_ADDED_IN_3.resume);

export function migration003CaseRecords(db: WritableDb): void {
  db.exec(`
    -- Offence times are local to the unit's time zone: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'.
    -- adult_rules / child_rules: the deadline rule sets this case uses, as 'id@version'.
    ALTER TABLE perkara ADD COLUMN model TEXT CHECK (model IN ('A', 'B'));
    ALTER TABLE perkara ADD COLUMN satker TEXT NOT NULL DEFAULT '';
    ALTER TABLE perkara ADD COLUMN place TEXT NOT NULL DEFAULT '';
    ALTER TABLE perkara ADD COLUMN offence_start TEXT;
    ALTER TABLE perkara ADD COLUMN offence_end TEXT;
    ALTER TABLE perkara ADD COLUMN modus TEXT NOT NULL DEFAULT '';
    ALTER TABLE perkara ADD COLUMN exploitation TEXT NOT NULL DEFAULT '';
    ALTER TABLE perkara ADD COLUMN recruitment_channel TEXT NOT NULL DEFAULT '';
    ALTER TABLE perkara ADD COLUMN charges TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(charges) AND json_type(charges) = 'array');
    ALTER TABLE perkara ADD COLUMN team TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team) AND json_type(team) = 'array');
    ALTER TABLE perkara ADD COLUMN resume TEXT NOT NULL DEFAULT '${EMPTY_RESUME}' CHECK (json_valid(resume) AND json_type(resume) = 'object');
    ALTER TABLE perkara ADD COLUMN adult_rules TEXT;
    ALTER TABLE perkara ADD COLUMN child_rules TEXT;
    ALTER TABLE perkara ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings) AND json_type(warnings) = 'array');
    -- Derived from lp_number so the list sorts LP/B/999 before LP/B/1000; not part of the audited state.
    ALTER TABLE perkara ADD COLUMN lp_sort TEXT NOT NULL DEFAULT '';
    CREATE INDEX perkara_by_lp_sort ON perkara(lp_sort);

    -- Every stage a case has been in, with the date it took effect (a case goes back and forth
    -- between tahap_1 and dikembalikan; the history is the record of it).
    CREATE TABLE perkara_stage (
      id          TEXT PRIMARY KEY,
      perkara_id  TEXT NOT NULL REFERENCES perkara(id),
      stage       TEXT NOT NULL CHECK (stage IN
                    ('penyelidikan', 'penyidikan', 'tahap_1', 'dikembalikan', 'lengkap', 'tahap_2', 'sp3')),
      date        TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX perkara_stage_by_perkara ON perkara_stage(perkara_id);

    -- A person once, whatever roles they have in whichever cases. NIK is unique when known.
    CREATE TABLE person (
      id           TEXT PRIMARY KEY,
      full_name    TEXT NOT NULL CHECK (length(full_name) > 0),
      alias        TEXT NOT NULL DEFAULT '',
      nik          TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
      birth_place  TEXT NOT NULL DEFAULT '',
      birth_date   TEXT,
      sex          TEXT CHECK (sex IN ('L', 'P')),
      nationality  TEXT NOT NULL DEFAULT '',
      address      TEXT NOT NULL DEFAULT '',
      religion     TEXT NOT NULL DEFAULT '',
      occupation   TEXT NOT NULL DEFAULT '',
      education    TEXT NOT NULL DEFAULT '',
      phone        TEXT NOT NULL DEFAULT '',
      warnings     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings) AND json_type(warnings) = 'array'),
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL
    ) STRICT;

    -- A person in a role in one case. confidential is the stored flag; a child is confidential
    -- whatever it says (services/parties.ts). guardian: the orang tua / wali of a child, as JSON.
    CREATE TABLE party (
      id            TEXT PRIMARY KEY,
      perkara_id    TEXT NOT NULL REFERENCES perkara(id),
      person_id     TEXT NOT NULL REFERENCES person(id),
      role          TEXT NOT NULL CHECK (role IN ('tersangka', 'korban', 'saksi', 'ahli', 'pelapor')),
      confidential  INTEGER NOT NULL CHECK (confidential IN (0, 1)),
      network_role  TEXT CHECK (network_role IS NULL OR (role = 'tersangka' AND network_role IN
                      ('perekrut', 'pengangkut', 'penampung', 'pengirim', 'mucikari', 'pengguna', 'korporasi'))),
      guardian      TEXT CHECK (guardian IS NULL OR json_valid(guardian)),
      notes         TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      UNIQUE (perkara_id, person_id, role)
    ) STRICT;
    CREATE INDEX party_by_person ON party(person_id);

    -- Penangkapan: at is the instant of the arrest (ISO, UTC); ended_at when released or detained.
    CREATE TABLE arrest (
      id              TEXT PRIMARY KEY,
      party_id        TEXT NOT NULL REFERENCES party(id),
      warrant_number  TEXT NOT NULL DEFAULT '',
      warrant_date    TEXT,
      at              TEXT NOT NULL,
      place           TEXT NOT NULL DEFAULT '',
      ended_at        TEXT,
      warnings        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings) AND json_type(warnings) = 'array'),
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX arrest_by_party ON arrest(party_id);

    -- Penahanan and its extensions, one row per period; days count inclusively from start_date.
    -- rules: the rule set ('id@version') the period was checked against.
    CREATE TABLE detention (
      id              TEXT PRIMARY KEY,
      party_id        TEXT NOT NULL REFERENCES party(id),
      kind            TEXT NOT NULL CHECK (kind IN ('penyidik', 'perpanjangan_pu', 'perpanjangan_pn_1', 'perpanjangan_pn_2')),
      rules           TEXT NOT NULL,
      start_date      TEXT NOT NULL,
      days            INTEGER NOT NULL CHECK (days > 0),
      end_date        TEXT NOT NULL,
      warrant_number  TEXT NOT NULL DEFAULT '',
      warrant_date    TEXT,
      place           TEXT NOT NULL DEFAULT '',
      ended_on        TEXT,
      warnings        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings) AND json_type(warnings) = 'array'),
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      UNIQUE (party_id, kind)
    ) STRICT;

    -- Administrasi penyidikan and berita acara.
    CREATE TABLE document (
      id          TEXT PRIMARY KEY,
      perkara_id  TEXT NOT NULL REFERENCES perkara(id),
      type        TEXT NOT NULL,
      number      TEXT NOT NULL DEFAULT '',
      date        TEXT,
      signatory   TEXT NOT NULL DEFAULT '',
      summary     TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX document_by_perkara ON document(perkara_id);

    -- Which people in the case a document concerns (a BAP korban is tied to that korban).
    CREATE TABLE document_party (
      document_id  TEXT NOT NULL REFERENCES document(id),
      party_id     TEXT NOT NULL REFERENCES party(id),
      PRIMARY KEY (document_id, party_id)
    ) STRICT;
    CREATE INDEX document_party_by_party ON document_party(party_id);

    -- Pasal sangkaan added or edited in this case file (the built-in list is in the code).
    CREATE TABLE charge (
      id          TEXT PRIMARY KEY,
      law         TEXT NOT NULL,
      article     TEXT NOT NULL,
      title       TEXT NOT NULL,
      max_years   INTEGER NOT NULL CHECK (max_years BETWEEN 0 AND 100),
      source      TEXT NOT NULL DEFAULT '',
      hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    -- Versions of deadline rule sets edited in this case file. A version is never changed once
    -- saved: a case records the version it uses.
    CREATE TABLE rule_set (
      id          TEXT NOT NULL,
      version     INTEGER NOT NULL CHECK (version > 0),
      definition  TEXT NOT NULL CHECK (json_valid(definition)),
      created_at  TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT;
  `);

  for (const row of all<{ id: string; lp_number: string }>(db, sql`SELECT id, lp_number FROM perkara`)) {
    run(db, sql`UPDATE perkara SET lp_sort = ${lpSortKey(row.lp_number)} WHERE id = ${row.id}`);
  }
}
