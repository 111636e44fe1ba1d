import { describe, expect, it } from 'vitest';
import { checkNik, normalizeNik } from './nik';

// 6471 01: a region code in Kota Balikpapan. A man born 17 August 1990, a woman born 5 March 2001.
const MAN = '6471011708900001';
const WOMAN = '6471014503010002';
const clean = { errors: [], warnings: [] };

describe('NIK', () => {
  it('strips the spaces, dots and hyphens people type', () => {
    expect(normalizeNik(' 6471 01.170890-0001 ')).toBe(MAN);
  });

  it('accepts a NIK that matches the date of birth and sex', () => {
    expect(checkNik(MAN, '1990-08-17', 'L')).toEqual(clean);
    expect(checkNik('6471.01 170890-0001', '1990-08-17', 'L')).toEqual(clean);
    expect(checkNik(WOMAN, '2001-03-05', 'P')).toEqual(clean);
    expect(checkNik(MAN, null, null)).toEqual(clean);
  });

  it('refuses anything but 16 digits, and an all-zero region', () => {
    expect(checkNik('647101170890001', null, null).errors).toEqual([{ field: 'nik', code: 'NIK_FORMAT', params: { length: 15 } }]);
    expect(checkNik('64710117089000O1', null, null).errors).toEqual([{ field: 'nik', code: 'NIK_FORMAT', params: { length: 16 } }]);
    expect(checkNik('0000001708900001', '1990-08-17', 'L')).toEqual({ errors: [{ field: 'nik', code: 'NIK_REGION_ZERO' }], warnings: [] });
  });

  it('warns when the embedded date does not exist', () => {
    for (const [nik, digits] of [
      ['6471013213900001', '321390'],
      ['6471017102010001', '710201'], // a woman "born" 31 February
      ['6471012902010001', '290201'], // 29 February 2001 or 1901
      ['6471010008900001', '000890'],
    ] as const) {
      expect(checkNik(nik, '1990-08-17', 'L'), nik).toEqual({
        errors: [],
        warnings: [{ field: 'nik', code: 'NIK_DATE_INVALID', params: { nikDigits: digits } }],
      });
    }
    // 29 February 2000 existed.
    expect(checkNik('6471012902000001', '2000-02-29', 'L')).toEqual(clean);
  });

  it('warns, never refuses, when the date of birth differs', () => {
    for (const birthDate of ['1990-08-18', '1990-09-17', '1991-08-17']) {
      expect(checkNik(MAN, birthDate, 'L'), birthDate).toEqual({
        errors: [],
        warnings: [{ field: 'nik', code: 'NIK_BIRTH_DATE_MISMATCH', params: { nikBirth: '17-08-90', birthDate } }],
      });
    }
    expect(checkNik(WOMAN, '2001-03-06', 'P').warnings).toEqual([
      { field: 'nik', code: 'NIK_BIRTH_DATE_MISMATCH', params: { nikBirth: '05-03-01', birthDate: '2001-03-06' } },
    ]);
  });

  it('warns, never refuses, when the sex differs', () => {
    expect(checkNik(MAN, '1990-08-17', 'P')).toEqual({
      errors: [],
      warnings: [{ field: 'nik', code: 'NIK_SEX_MISMATCH', params: { nikSex: 'L', sex: 'P' } }],
    });
    expect(checkNik(WOMAN, '2001-03-05', 'L').warnings).toEqual([
      { field: 'nik', code: 'NIK_SEX_MISMATCH', params: { nikSex: 'P', sex: 'L' } },
    ]);
  });
});
