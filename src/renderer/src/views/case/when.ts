// Dates as the paperwork writes them ("20 Maret 2026"), through the page's formats. Calendar dates
// and local date-times are text in the unit's zone already, so they are written as they are: no
// shift through the workstation's clock.
import type { Formats } from '../../i18n/format';

/** 'YYYY-MM-DD' → "20 Maret 2026"; 'YYYY-MM-DDTHH:MM' → "20 Maret 2026, 22.00 WITA". */
export function writtenLocal(value: string | null, formats: Formats, zone: string): string | null {
  if (!value) return null;
  const date = formats.longDate(value.slice(0, 10));
  if (value.length <= 10) return date;
  return `${date}, ${value.slice(11, 16).replace(':', '.')} ${zone}`;
}

/** A moment (ISO instant) on the unit's clock: "5 Okt 2026 22.15 WITA". */
export function writtenInstant(iso: string, formats: Formats, zone: string): string {
  return `${formats.dateTime(iso)} ${zone}`;
}
