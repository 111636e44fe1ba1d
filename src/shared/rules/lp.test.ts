import { describe, expect, it } from 'vitest';
import { checkLp, lpCaseCode, lpSortKey, normalizeLp, parseLp } from './lp';

const UNIT = { satker: 'Polresta Balikpapan', polda: 'Polda Kalimantan Timur' };
const FULL = 'LP/B/123/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const codes = (fs: { code: string }[]): string[] => fs.map((f) => f.code);

describe('parsing an LP number', () => {
  it('reads the standard form', () => {
    expect(parseLp(FULL)).toEqual({
      model: 'B',
      number: '123',
      month: 11,
      year: 2025,
      suffix: ['SPKT', 'POLRESTA BALIKPAPAN', 'POLDA KALIMANTAN TIMUR'],
    });
  });

  it('tolerates case, spaces around slashes and leading zeros', () => {
    expect(parseLp(' lp / a / 007 / iii / 2024 / SPKT.SATRESKRIM / POLRESTA  BALIKPAPAN / POLDA KALTIM ')).toEqual({
      model: 'A',
      number: '007',
      month: 3,
      year: 2024,
      suffix: ['SPKT.SATRESKRIM', 'POLRESTA BALIKPAPAN', 'POLDA KALTIM'],
    });
  });

  it('rejects a wrong first five parts', () => {
    for (const bad of [
      'LP/C/1/I/2025',
      'LP/B/123.a/XI/2025',
      'LP/B//XI/2025',
      'LP/B/12/XIII/2025',
      'LP/B/12/IIII/2025',
      'LP/B/12/11/2025',
      'LP/B/12/XI/25',
      'LPB/12/XI/2025',
      'Laporan 17',
      '',
    ])
      expect(parseLp(bad), bad).toBeNull();
  });
});

describe('checking an LP number', () => {
  it('passes a number that matches its date and the unit', () => {
    expect(checkLp(FULL, '2025-11-03', UNIT)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a bad structure and says nothing else', () => {
    expect(checkLp('LP/B/123/13/2025/SPKT', '2025-11-03', UNIT)).toEqual({
      errors: [{ field: 'lpNumber', code: 'LP_STRUCTURE' }],
      warnings: [],
    });
  });

  it('refuses a Roman month or a year that differs from the LP date', () => {
    expect(checkLp(FULL, '2025-10-31', UNIT).errors).toEqual([
      { field: 'lpNumber', code: 'LP_MONTH_MISMATCH', params: { month: 'XI', expectedMonth: 'X', lpDate: '2025-10-31' } },
    ]);
    expect(checkLp(FULL, '2024-11-30', UNIT).errors).toEqual([
      { field: 'lpNumber', code: 'LP_YEAR_MISMATCH', params: { year: 2025, expectedYear: 2024, lpDate: '2024-11-30' } },
    ]);
    expect(checkLp(FULL, null, UNIT).errors).toEqual([]);
  });

  it('only warns about the unit parts, however they are written', () => {
    const kaltim = checkLp('LP/A/12/I/2024/SPKT.SATRESKRIM/POLRESTA BALIKPAPAN/POLDA KALTIM', '2024-01-15', UNIT);
    expect(kaltim.errors).toEqual([]);
    expect(kaltim.warnings).toEqual([
      { field: 'lpNumber', code: 'LP_POLDA_DIFFERS', params: { found: 'POLDA KALTIM', expected: 'Polda Kalimantan Timur' } },
    ]);
    const paser = checkLp('LP/B/5/II/2025/SPKT/POLRES PASER/POLDA KALIMANTAN TIMUR', '2025-02-01', UNIT);
    expect(paser.warnings).toEqual([
      { field: 'lpNumber', code: 'LP_SATKER_DIFFERS', params: { found: 'POLRES PASER', expected: 'Polresta Balikpapan' } },
    ]);
    // Spaces and case do not count as a difference.
    expect(checkLp('LP/B/5/II/2025/spkt/POLRESTABALIKPAPAN/polda kalimantan  timur', '2025-02-01', UNIT).warnings).toEqual([]);
  });

  it('skips the unit comparison when the settings leave it empty', () => {
    expect(checkLp('LP/B/5/II/2025/SPKT/POLRES PASER/POLDA X', null, { satker: '', polda: ' ' }).warnings).toEqual([]);
  });

  it('warns when SPKT is missing or the parts after the year are unusual', () => {
    expect(codes(checkLp('LP/B/123/XI/2025/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', null, UNIT).warnings)).toEqual(['LP_NO_SPKT']);
    const bare = checkLp('LP/B/123/XI/2025', '2025-11-03', UNIT);
    expect(bare.errors).toEqual([]);
    expect(bare.warnings).toEqual([
      { field: 'lpNumber', code: 'LP_NO_SPKT' },
      { field: 'lpNumber', code: 'LP_SUFFIX_PARTS', params: { count: 0 } },
    ]);
    expect(checkLp('LP/B/1/XI/2025/SPKT/SATRESKRIM/POLRESTA BALIKPAPAN/POLDA KALTIM', null, UNIT).warnings).toEqual([
      { field: 'lpNumber', code: 'LP_SUFFIX_PARTS', params: { count: 4 } },
    ]);
  });
});

describe('case code, stored form and sort order', () => {
  it('stores one form however the number was typed', () => {
    expect(normalizeLp(' lp / b / 123 / xi / 2025 / spkt / Polresta  Balikpapan / POLDA KALTIM ')).toBe(
      'LP/B/123/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALTIM',
    );
    expect(normalizeLp(FULL)).toBe(FULL);
  });

  it('derives the case code from the first five parts', () => {
    expect(lpCaseCode(FULL)).toBe('LP-B-123-XI-2025');
    expect(lpCaseCode('lp / a / 7 / iii / 2024 / SPKT.SATRESKRIM / POLDA KALTIM')).toBe('LP-A-7-III-2024');
    expect(lpCaseCode('Laporan 17')).toBeNull();
  });

  it('sorts by year, month, then number as a number; unreadable ones last', () => {
    const lps = ['LP/B/1000/XI/2025', 'catatan tanpa nomor', 'LP/B/999/XI/2025', 'LP/B/5/XII/2024', 'LP/B/1/I/2025', 'LP/B/0998/XI/2025'];
    const sorted = [...lps].sort((a, b) => lpSortKey(a).localeCompare(lpSortKey(b)));
    expect(sorted).toEqual([
      'LP/B/5/XII/2024',
      'LP/B/1/I/2025',
      'LP/B/0998/XI/2025',
      'LP/B/999/XI/2025',
      'LP/B/1000/XI/2025',
      'catatan tanpa nomor',
    ]);
  });
});
