import { describe, expect, it } from 'vitest';
import { blankFields, placeProblems, problemOf, warningText } from './field-errors';

const invalid = (params: Record<string, string | number>) => ({ code: 'INVALID_FIELD', message: 'korban Melati: …', params });

describe('refusals placed at their field', () => {
  it('words a field rule without the record prefix, in the asked language', () => {
    expect(problemOf(invalid({ record: 'korban Melati', field: 'nik', rule: 'NIK_FORMAT', length: 15 }), 'id')).toEqual({
      field: 'nik',
      message: 'NIK harus terdiri dari tepat 16 angka (yang diisi: 15 karakter, tanpa spasi, titik dan tanda hubung).',
    });
    expect(problemOf(invalid({ record: 'x', field: 'team.0.nrp', rule: 'FIELD_FORMAT' }), 'en')).toEqual({ field: 'team.0.nrp', message: 'NRP is not in the right format.' });
  });

  it('maps the core names of fields to the form names', () => {
    const p = problemOf(invalid({ record: 'x', field: 'start', rule: 'DETENTION_START', expectedDate: '2026-03-21' }), 'id', { start: 'startDate' });
    expect(p).toEqual({ field: 'startDate', message: 'Perpanjangan harus dimulai sehari setelah masa sebelumnya berakhir, yaitu 21 Maret 2026.' });
  });

  it('keeps other errors, and fields named "-", for the whole form', () => {
    expect(problemOf({ code: 'NOT_FOUND', message: '', params: { record: 'party' } }, 'en').field).toBeNull();
    expect(problemOf(invalid({ record: 'x', field: '-', rule: 'FIELD_TYPE' }), 'id').field).toBeNull();
  });

  it('puts problems at the inputs the form has, the rest at its top', () => {
    const placed = placeProblems(
      [
        { field: 'nik', message: 'a' },
        { field: 'nik', message: 'b' },
        { field: 'role', message: 'c' },
        { field: null, message: 'd' },
      ],
      ['nik', 'fullName'],
    );
    expect(placed.at).toEqual({ nik: 'a' });
    expect(placed.general.map((p) => p.message)).toEqual(['c', 'd']);
  });

  it('finds required fields left blank', () => {
    expect(blankFields({ fullName: '  ', nik: '' }, ['fullName', 'lpDate', 'nik'])).toEqual(['fullName', 'lpDate', 'nik']);
    expect(blankFields({ fullName: 'Dewi' }, ['fullName'])).toEqual([]);
  });

  it('words a stored warning', () => {
    expect(warningText({ field: 'nik', code: 'NIK_SEX_MISMATCH', params: { nikSex: 'P', sex: 'L' } }, 'id')).toBe('Menurut NIK jenis kelaminnya perempuan, tetapi yang diisi laki-laki.');
    expect(warningText({ field: 'x', code: 'SOMETHING_NEW' }, 'en')).toBe('SOMETHING_NEW');
  });
});
