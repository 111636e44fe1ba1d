import { describe, expect, it } from 'vitest';
import { emptyFields, fieldOfError, fieldSentence, isDirty, localProblems, lpExample, toInput } from './new-case';

describe('the new-case form', () => {
  it('shows an LP number for the LP date, with the unit when it is set', () => {
    expect(lpExample('2026-11-20', 'POLRESTA BALIKPAPAN', 'POLDA KALIMANTAN TIMUR')).toBe('LP/B/123/XI/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR');
    expect(lpExample('2026-04-01', '', '')).toBe('LP/B/123/IV/2026/SPKT/…');
  });

  it('sends the offence start as a date, or a date and time', () => {
    const f = { ...emptyFields('POLRESTA BALIKPAPAN'), lpNumber: ' LP/B/1/XI/2026 ', lpDate: '2026-11-20', title: 'T' };
    expect(toInput(f)).toEqual({ lpNumber: 'LP/B/1/XI/2026', lpDate: '2026-11-20', title: 'T', satker: 'POLRESTA BALIKPAPAN', place: '', offenceStart: null });
    expect(toInput({ ...f, offenceDate: '2026-11-19', offenceTime: '21:30' }).offenceStart).toBe('2026-11-19T21:30');
  });

  it('marks what is missing, and knows when something was typed', () => {
    expect(localProblems({ ...emptyFields(''), offenceTime: '10:00' })).toEqual({ lpNumber: 'required', lpDate: 'required', title: 'required', offenceDate: 'needsDate' });
    expect(isDirty(emptyFields('X'), emptyFields('X'))).toBe(false);
    expect(isDirty({ ...emptyFields('X'), place: 'Manggar' }, emptyFields('X'))).toBe(true);
  });

  it("puts the core's refusal at the field it names, in the rule's own words", () => {
    const mismatch = { code: 'INVALID_FIELD', message: '', params: { record: 'perkara', field: 'lpNumber', rule: 'LP_MONTH_MISMATCH', month: 'X', lpDate: '2026-11-20', expectedMonth: 'XI' } };
    expect(fieldOfError(mismatch)).toBe('lpNumber');
    expect(fieldSentence(mismatch, 'id')).toBe('Bulan pada nomor LP (X) tidak sesuai dengan tanggal LP 20 November 2026; seharusnya XI.');
    expect(fieldOfError({ code: 'INVALID_FIELD', message: '', params: { field: 'offenceStart', rule: 'DATE_IN_FUTURE' } })).toBe('offenceDate');
    expect(fieldOfError({ code: 'LP_TAKEN', message: '', params: { lpNumber: 'LP/B/1' } })).toBe('lpNumber');
    expect(fieldOfError({ code: 'FORBIDDEN', message: '', params: {} })).toBeNull();
  });
});
