// NIK (Nomor Induk Kependudukan): 16 digits = 6-digit region code, the date of birth as DDMMYY with
// 40 added to the day for women, and a 4-digit serial. Only the shape is an error. Disagreements
// with the typed date of birth or sex are warnings: the NIK on a KTP, the family card and the
// person's own account often disagree, and the investigator must be able to record what they have.
import type { Checked, Finding } from './findings';
import { isIsoDate } from './dates';

const FIELD = 'nik';

/** Removes the spaces, dots and hyphens people type to group the digits. */
export function normalizeNik(text: string): string {
  return text.replace(/[\s.-]/g, '');
}

const two = (n: number): string => String(n).padStart(2, '0');

export function checkNik(nik: string, birthDate: string | null, sex: 'L' | 'P' | null): Checked {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const digits = normalizeNik(nik);
  if (!/^\d{16}$/.test(digits)) {
    return { errors: [{ field: FIELD, code: 'NIK_FORMAT', params: { length: digits.length } }], warnings };
  }
  if (digits.startsWith('000000')) errors.push({ field: FIELD, code: 'NIK_REGION_ZERO' });

  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const nikSex = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  // The century is not encoded; a day that exists in either 19YY or 20YY is a real date
  // (29 February only differs for YY = 00, and 2000 was a leap year).
  const real = [1900, 2000].some((c) => isIsoDate(`${c + yy}-${two(month)}-${two(day)}`));
  if (!real) {
    // With an impossible date the sex flag is just as unreliable, so nothing more is compared.
    warnings.push({ field: FIELD, code: 'NIK_DATE_INVALID', params: { nikDigits: digits.slice(6, 12) } });
    return { errors, warnings };
  }

  if (birthDate !== null && isIsoDate(birthDate)) {
    const same =
      Number(birthDate.slice(8, 10)) === day &&
      Number(birthDate.slice(5, 7)) === month &&
      Number(birthDate.slice(0, 4)) % 100 === yy;
    if (!same) {
      warnings.push({
        field: FIELD,
        code: 'NIK_BIRTH_DATE_MISMATCH',
        params: { nikBirth: `${two(day)}-${two(month)}-${two(yy)}`, birthDate },
      });
    }
  }
  if (sex !== null && sex !== nikSex) {
    warnings.push({ field: FIELD, code: 'NIK_SEX_MISMATCH', params: { nikSex, sex } });
  }
  return { errors, warnings };
}
