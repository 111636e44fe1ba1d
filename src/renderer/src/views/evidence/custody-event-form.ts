// A handover as the custody form enters it, and a correction: the same form, filled with the event
// it corrects, so the investigator changes only what was wrong and says why.
import type { TimeZone } from '../../../../shared/domain/settings';
import type { CustodyInput, CustodyPurpose } from '../../../../shared/domain/evidence';
import type { CustodyView } from '../../../../shared/ipc/evidence';
import { localDateTime } from '../../../../shared/rules/dates';
import { instantText, localParts } from '../case/custody-form';

export type SealAnswer = 'yes' | 'no' | 'unchecked';

export type CustodyForm = {
  releasedBy: string;
  receivedBy: string;
  date: string;
  time: string;
  purpose: CustodyPurpose;
  location: string;
  seal: SealAnswer;
  note: string;
};

/** A new handover: now, on the unit's clock; the purpose the next step most often is. */
export function newCustody(now: Date, zone: TimeZone, purpose: CustodyPurpose = 'penyimpanan'): CustodyForm {
  const local = localDateTime(now, zone);
  return { releasedBy: '', receivedBy: '', date: local.slice(0, 10), time: local.slice(11, 16), purpose, location: '', seal: 'yes', note: '' };
}

const sealOf = (v: boolean | null): SealAnswer => (v === null ? 'unchecked' : v ? 'yes' : 'no');

/** A correction starts as a copy of the event it corrects; the note (the reason) starts empty. */
export function correctionOf(e: CustodyView, zone: TimeZone): CustodyForm {
  const at = localParts(e.at, zone);
  return { releasedBy: e.releasedBy, receivedBy: e.receivedBy, date: at.date, time: at.time, purpose: e.purpose, location: e.location, seal: sealOf(e.sealIntact), note: '' };
}

/** Required fields left empty (the reason, for a correction). */
export function missingFields(f: CustodyForm, zone: TimeZone, correcting: boolean): string[] {
  const out: string[] = [];
  if (f.releasedBy.trim() === '') out.push('releasedBy');
  if (f.receivedBy.trim() === '') out.push('receivedBy');
  if (instantText(f.date, f.time, zone) === null) out.push('at');
  if (correcting && f.note.trim() === '') out.push('note');
  return out;
}

export function custodyInput(f: CustodyForm, zone: TimeZone, corrects: string | null): CustodyInput {
  return {
    releasedBy: f.releasedBy.trim(),
    receivedBy: f.receivedBy.trim(),
    at: instantText(f.date, f.time, zone) ?? '',
    purpose: f.purpose,
    location: f.location.trim(),
    sealIntact: f.seal === 'unchecked' ? null : f.seal === 'yes',
    note: f.note.trim(),
    corrects,
  };
}
