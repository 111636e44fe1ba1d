// The Laporan Polisi number: LP/{A|B}/{nomor}/{bulan romawi}/{tahun}/SPKT/{satker}/{polda}.
// The first five parts identify the report and are checked strictly. The rest is written in many
// ways in practice ("SPKT.SATRESKRIM", "POLDA KALTIM"), so it only ever produces warnings: a real,
// registered LP number must never be refused because a unit abbreviates its name.
import type { Checked, Finding } from './findings';
import { isIsoDate } from './dates';

export type ParsedLp = { model: 'A' | 'B'; number: string; month: number; year: number; suffix: string[] };

export const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

const FIELD = 'lpNumber';

const cleanParts = (text: string): string[] => text.split('/').map((p) => p.trim().replace(/\s+/g, ' '));

/**
 * The one stored form of an LP number: capitals, single spaces, none around slashes. LP numbers are
 * official identifiers written in capitals, so "lp / b / 123" and "LP/B/123" must be found, and
 * refused as duplicates, as the same report.
 */
export function normalizeLp(text: string): string {
  return cleanParts(text).join('/').toUpperCase();
}

/** Null unless the text starts LP/model/number/Roman month/year; spaces around slashes are fine. */
export function parseLp(text: string): ParsedLp | null {
  const parts = cleanParts(text);
  const [lp, model, number, roman, year] = parts;
  if (lp?.toUpperCase() !== 'LP') return null;
  const m = model?.toUpperCase();
  if (m !== 'A' && m !== 'B') return null;
  // Digits only: a number like "123.a" is not one SPKT issues, and accepting it would make the
  // case code and the sort order ambiguous. Leading zeros are kept as written.
  if (!number || !/^\d+$/.test(number)) return null;
  const monthIndex = ROMAN_MONTHS.findIndex((r) => r === roman?.toUpperCase());
  if (monthIndex < 0) return null;
  if (!year || !/^\d{4}$/.test(year)) return null;
  return {
    model: m,
    number,
    month: monthIndex + 1,
    year: Number(year),
    // An empty part (a doubled or trailing slash) carries no information worth a warning of its own.
    suffix: parts.slice(5).filter((p) => p !== ''),
  };
}

const squash = (s: string): string => s.replace(/\s+/g, '').toUpperCase();
const isSpkt = (part: string): boolean => squash(part).startsWith('SPKT');

export function checkLp(lpNumber: string, lpDate: string | null, unit: { satker: string; polda: string }): Checked {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const lp = parseLp(lpNumber);
  if (!lp) return { errors: [{ field: FIELD, code: 'LP_STRUCTURE' }], warnings };

  // An unreadable LP date is the date field's own error; comparing against it would only add noise.
  if (lpDate !== null && isIsoDate(lpDate)) {
    const month = Number(lpDate.slice(5, 7));
    const year = Number(lpDate.slice(0, 4));
    if (lp.month !== month) {
      errors.push({
        field: FIELD,
        code: 'LP_MONTH_MISMATCH',
        params: { month: ROMAN_MONTHS[lp.month - 1] ?? '', expectedMonth: ROMAN_MONTHS[month - 1] ?? '', lpDate },
      });
    }
    if (lp.year !== year) {
      errors.push({ field: FIELD, code: 'LP_YEAR_MISMATCH', params: { year: lp.year, expectedYear: year, lpDate } });
    }
  }

  if (!lp.suffix.some(isSpkt)) warnings.push({ field: FIELD, code: 'LP_NO_SPKT' });
  const unitParts = lp.suffix.filter((p) => !isSpkt(p));
  if (unitParts.length !== 2) {
    warnings.push({ field: FIELD, code: 'LP_SUFFIX_PARTS', params: { count: lp.suffix.length } });
  } else {
    // Only with exactly satker and polda do we know which part is which.
    const [satker = '', polda = ''] = unitParts;
    if (unit.satker.trim() !== '' && squash(satker) !== squash(unit.satker)) {
      warnings.push({ field: FIELD, code: 'LP_SATKER_DIFFERS', params: { found: satker, expected: unit.satker.trim() } });
    }
    if (unit.polda.trim() !== '' && squash(polda) !== squash(unit.polda)) {
      warnings.push({ field: FIELD, code: 'LP_POLDA_DIFFERS', params: { found: polda, expected: unit.polda.trim() } });
    }
  }
  return { errors, warnings };
}

/** The dossier's case code, 'LP-B-123-XI-2025'; null when the number cannot be read. */
export function lpCaseCode(lp: string): string | null {
  const p = parseLp(lp);
  return p ? `LP-${p.model}-${p.number}-${ROMAN_MONTHS[p.month - 1] ?? ''}-${p.year}` : null;
}

/**
 * A key that orders LP numbers by year, month, then number as a number (LP/B/999 before LP/B/1000).
 * Unreadable numbers sort after all readable ones, by their text.
 */
export function lpSortKey(lp: string): string {
  const p = parseLp(lp);
  if (!p) return `1 ${lp.trim().toUpperCase()}`;
  const digits = p.number.replace(/^0+(?=\d)/, '');
  // Prefixing the digit count makes a longer number sort later without guessing a maximum width.
  const number = `${String(digits.length).padStart(3, '0')}${digits}`;
  return `0 ${p.year}-${String(p.month).padStart(2, '0')}-${number}-${p.model} ${lp.trim().toUpperCase()}`;
}
