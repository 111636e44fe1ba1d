// What a dossier holds: a read of one case through the services, filtered by the export profile.
// The dossier is built from this and nothing else, so what a profile leaves out can never be drawn.
// Profile `full` is the prosecutor's: every record of the case as it stands.
import type { Perkara } from '../../shared/domain/case';
import type { Charge } from '../../shared/domain/charge';
import type { CaseDocument } from '../../shared/domain/document';
import type { Arrest, Detention } from '../../shared/domain/detention';
import type { Attachment, CustodyEvent, Evidence } from '../../shared/domain/evidence';
import type { Party } from '../../shared/domain/person';
import type { Settings } from '../../shared/domain/settings';
import { DOSSIER_PROFILES, type DossierProfile } from '../../shared/domain/dossier';
import { AppError } from '../../shared/errors';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { get, sql, type ReadableDb } from '../store/db';
import { listAttachments } from '../services/attachments';
import { getPerkara } from '../services/cases';
import { listCharges } from '../services/catalog';
import { listArrests, listDetentions } from '../services/detentions';
import { listDocuments } from '../services/documents';
import { listCustody, listEvidence } from '../services/evidence';
import { listParties } from '../services/parties';
import { getSettings } from '../services/settings';
import { deidentify } from './deidentify';
import type { RedactionEntry } from './redact';


/** Why an attachment is left out of a de-identified dossier (and its package); null when it is in. */
export type Withheld = 'pindaian_dokumen' | 'orang_dilindungi' | null;
export type DossierAttachment = Attachment & { withheld: Withheld };
/** `code`: the person's code in a de-identified dossier ("Korban-1"); null when shown by name. */
export type DossierParty = Party & { arrests: Arrest[]; detentions: Detention[]; code: string | null };
export type DossierDocument = CaseDocument & { attachments: DossierAttachment[] };
export type DossierEvidence = Evidence & { custody: CustodyEvent[]; attachments: DossierAttachment[] };

export type DossierData = {
  profile: DossierProfile;
  settings: Pick<Settings, 'unitName' | 'unitCode' | 'satker' | 'polda' | 'letterhead' | 'timeZone'>;
  perkara: Perkara;
  /** The case's pasal sangkaan, in the order the case lists them. */
  charges: Charge[];
  parties: DossierParty[];
  documents: DossierDocument[];
  evidence: DossierEvidence[];
  /**
   * The last audit row of this case that is not itself an export: the state of the records the
   * dossier shows. (An export writes a row; counting it would make every export of unchanged data
   * differ from the one before.)
   */
  auditHead: { seq: number; hash: string };
  /** De-identified profile: what was replaced for whom, by code (never by name). Empty in `full`. */
  redactions: RedactionEntry[];
};

export function gatherDossier(db: ReadableDb, perkaraId: string, profile: DossierProfile): DossierData {
  if (!(DOSSIER_PROFILES as readonly string[]).includes(profile)) throw new AppError('INVALID_INPUT', { detail: `unknown dossier profile ${profile}` });
  const perkara = getPerkara(db, perkaraId);
  const s = getSettings(db);
  const catalog = new Map(listCharges(db).map((c) => [c.id, c]));
  const charges = perkara.charges.flatMap((id) => {
    const c = catalog.get(id);
    return c ? [c] : [];
  });
  const parties = listParties(db, perkaraId).map((p) => ({
    ...p,
    arrests: p.role === 'tersangka' ? listArrests(db, p.id) : [],
    detentions: p.role === 'tersangka' ? listDetentions(db, p.id) : [],
    code: null,
  }));
  const shown = (a: Attachment): DossierAttachment => ({ ...a, withheld: null });
  const documents = listDocuments(db, perkaraId).map((d) => ({ ...d, attachments: listAttachments(db, { documentId: d.id }).map(shown) }));
  const evidence = listEvidence(db, perkaraId).map((e) => ({
    ...e,
    custody: listCustody(db, e.id),
    attachments: listAttachments(db, { evidenceId: e.id }).map(shown),
  }));
  // The case's own latest change, exports aside (see auditHead above); its hash commits the whole
  // chain before it.
  const head = get<{ seq: number; hash: string }>(
    db,
    sql`SELECT seq, hash FROM audit WHERE perkara_id = ${perkaraId} AND action <> 'dossier.export' ORDER BY seq DESC LIMIT 1`,
  );
  const data: DossierData = {
    profile,
    settings: { unitName: s.unitName, unitCode: s.unitCode, satker: s.satker, polda: s.polda, letterhead: s.letterhead, timeZone: s.timeZone },
    perkara,
    charges,
    parties,
    documents,
    evidence,
    auditHead: head ?? { seq: 0, hash: '' },
    redactions: [],
  };
  return profile === 'deidentified' ? deidentify(data) : data;
}

/**
 * A digest of what the dossier shows (not when it was made): equal for two exports of unchanged
 * data, so the second takes the first's export number.
 */
export function contentDigest(data: DossierData): string {
  return sha256Hex(canonicalJson(JSON.parse(JSON.stringify(data))));
}
