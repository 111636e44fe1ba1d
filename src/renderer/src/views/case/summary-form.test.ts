import { describe, expect, it } from 'vitest';
import type { PerkaraView } from '../../../../shared/ipc/records';
import { joinLocal, offenceForm, offencePatch, orderedCharges, splitLocal, teamInput, teamRows, timeWithoutDate } from './summary-form';

const perkara = {
  lpNumber: 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR',
  lpDate: '2026-10-05',
  title: 'TPPO',
  satker: 'POLRESTA BALIKPAPAN',
  place: 'Wisma Contoh',
  offenceStart: '2026-08-10',
  offenceEnd: '2026-10-05T22:00',
  modus: 'eksploitasi_anak',
  exploitation: 'seksual',
  recruitmentChannel: 'MiChat',
} satisfies Partial<PerkaraView>;

describe('Ringkasan form', () => {
  it('splits and joins local date-times', () => {
    expect(splitLocal('2026-10-05T22:00')).toEqual({ date: '2026-10-05', time: '22:00' });
    expect(splitLocal('2026-08-10')).toEqual({ date: '2026-08-10', time: '' });
    expect(splitLocal(null)).toEqual({ date: '', time: '' });
    expect(joinLocal('2026-08-10', '')).toBe('2026-08-10');
    expect(joinLocal('2026-08-10', '07:05')).toBe('2026-08-10T07:05');
    expect(joinLocal('', '07:05')).toBeNull();
  });

  it('sends only what changed', () => {
    const before = offenceForm({ ...perkara } as PerkaraView);
    expect(offencePatch(before, before)).toEqual({});
    expect(offencePatch(before, { ...before, endTime: '', place: 'Wisma Lain', modus: '' })).toEqual({
      place: 'Wisma Lain',
      modus: '',
      offenceEnd: '2026-10-05',
    });
    expect(offencePatch(before, { ...before, startDate: '' , startTime: ''})).toEqual({ offenceStart: null });
  });

  it('shows an unknown stored modus as not set', () => {
    expect(offenceForm({ ...perkara, modus: 'kuno' } as PerkaraView).modus).toBe('');
  });

  it('asks for a date when only a time was typed', () => {
    const f = offenceForm({ ...perkara } as PerkaraView);
    expect(timeWithoutDate({ ...f, startDate: '', startTime: '08:00' })).toEqual(['startDate']);
    expect(timeWithoutDate(f)).toEqual([]);
  });

  it('trims team rows and drops their keys', () => {
    const rows = teamRows([{ name: 'Andi', rank: 'IPDA', nrp: '88070123', role: 'ketua' }]);
    expect(rows[0]?.key).toMatch(/^row-/);
    expect(teamInput([{ ...rows[0]!, name: ' Andi ' }])).toEqual([{ name: 'Andi', rank: 'IPDA', nrp: '88070123', role: 'ketua' }]);
  });

  it('orders chosen charges as the catalogue does, keeping unknown ones', () => {
    expect(orderedCharges(new Set(['b', 'x', 'a']), [{ id: 'a' }, { id: 'b' }, { id: 'c' }])).toEqual(['a', 'b', 'x']);
  });
});
