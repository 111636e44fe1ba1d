// The barang bukti form's state and what it sends. The seizure time is typed on the unit's clock
// (date and optional time) and sent as an instant with the zone's offset; an amount only for money.
import type { TimeZone } from '../../../../shared/domain/settings';
import type { EvidenceCategory, EvidenceInput, EvidencePatch } from '../../../../shared/domain/evidence';
import type { EvidenceView } from '../../../../shared/ipc/evidence';
import { instantText, localParts } from '../case/custody-form';

export type EvidenceForm = {
  description: string;
  category: EvidenceCategory;
  amount: string;
  seizedFrom: string;
  seizedFromParty: string;
  seizedPlace: string;
  seizedDate: string;
  seizedTime: string;
  seizureDocument: string;
  permissionDocument: string;
  sealNumber: string;
  storage: string;
  disposition: EvidenceView['disposition'];
  dispositionNote: string;
};

export function emptyEvidence(): EvidenceForm {
  return {
    description: '',
    category: 'digital',
    amount: '',
    seizedFrom: '',
    seizedFromParty: '',
    seizedPlace: '',
    seizedDate: '',
    seizedTime: '',
    seizureDocument: '',
    permissionDocument: '',
    sealNumber: '',
    storage: '',
    disposition: '',
    dispositionNote: '',
  };
}

export function evidenceFormOf(e: EvidenceView, zone: TimeZone): EvidenceForm {
  const at = localParts(e.seizedAt, zone);
  return {
    description: e.description,
    category: e.category,
    amount: e.amount === null ? '' : String(e.amount),
    seizedFrom: e.seizedFrom,
    seizedFromParty: e.seizedFromParty ?? '',
    seizedPlace: e.seizedPlace,
    seizedDate: at.date,
    seizedTime: at.time,
    seizureDocument: e.seizureDocument ?? '',
    permissionDocument: e.permissionDocument ?? '',
    sealNumber: e.sealNumber,
    storage: e.storage,
    disposition: e.disposition,
    dispositionNote: e.dispositionNote,
  };
}

/** Rupiah as typed ("1.500.000", "Rp 1500000") → 1500000; null when empty, NaN when not a whole number. */
export function rupiah(text: string): number | null {
  const digits = text.replace(/^\s*Rp\.?\s*/i, '').replace(/[.\s]/g, '');
  if (digits === '') return null;
  return /^\d{1,15}$/.test(digits) ? Number(digits) : Number.NaN;
}

/**
 * The seizure instant: a date alone is midnight at the unit (the paperwork often has no hour);
 * null when both are empty, undefined when what was typed is not a moment.
 */
export function seizedInstant(f: Pick<EvidenceForm, 'seizedDate' | 'seizedTime'>, zone: TimeZone): string | null | undefined {
  if (f.seizedDate === '' && f.seizedTime === '') return null;
  return instantText(f.seizedDate, f.seizedTime === '' ? '00:00' : f.seizedTime, zone) ?? undefined;
}

/** Fields the core must not be sent as typed: the ones the form itself can already refuse. */
export function formProblems(f: EvidenceForm, zone: TimeZone): string[] {
  const out: string[] = [];
  if (f.description.trim() === '') out.push('description');
  if (f.category === 'uang' && Number.isNaN(rupiah(f.amount))) out.push('amount');
  if (seizedInstant(f, zone) === undefined) out.push('seizedAt');
  return out;
}

export function evidenceInput(f: EvidenceForm, zone: TimeZone): EvidenceInput {
  const amount = f.category === 'uang' ? rupiah(f.amount) : null;
  return {
    description: f.description.trim(),
    category: f.category,
    amount: amount === null || Number.isNaN(amount) ? null : amount,
    seizedFrom: f.seizedFrom.trim(),
    seizedFromParty: f.seizedFromParty || null,
    seizedPlace: f.seizedPlace.trim(),
    seizedAt: seizedInstant(f, zone) ?? null,
    seizureDocument: f.seizureDocument || null,
    permissionDocument: f.permissionDocument || null,
    sealNumber: f.sealNumber.trim(),
    storage: f.storage.trim(),
    disposition: f.disposition,
    dispositionNote: f.dispositionNote.trim(),
  };
}

/** Only what changed, so the audit row of an edit says what the edit was. */
export function evidencePatch(before: EvidenceForm, after: EvidenceForm, zone: TimeZone): EvidencePatch {
  const a = evidenceInput(before, zone);
  const b = evidenceInput(after, zone);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof EvidenceInput)[]) if (a[key] !== b[key]) patch[key] = b[key];
  return patch as EvidencePatch;
}
