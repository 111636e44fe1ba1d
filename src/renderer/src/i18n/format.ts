// Dates and numbers through Intl in the chosen language (id-ID, en-GB); moments in the unit's time
// zone, which is the time written on the station's paperwork whatever the computer's clock says.
import { useMemo } from 'react';
import type { TimeZone } from '../../../shared/domain/settings';
import { useLang, type Lang } from './index';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

// Kept here rather than imported from shared/domain/settings, whose zod schemas would come along
// into the page bundle; `satisfies` holds it to the shared zone names.
const IANA = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const satisfies Record<TimeZone, string>;

export type Formats = {
  number: (n: number) => string;
  /** A calendar date stored as YYYY-MM-DD: shown as written, with no time-zone shift. */
  date: (isoDate: string) => string;
  /** A moment (ISO timestamp) as a date and time in the unit's zone. */
  dateTime: (iso: string) => string;
  /** A moment as a long date, for printed sheets. */
  longDate: (iso: string) => string;
};

export function makeFormats(lang: Lang, zone: TimeZone): Formats {
  const locale = LOCALES[lang];
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: IANA[zone],
  });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: IANA[zone] });
  const safe = (format: Intl.DateTimeFormat, value: string, asDate: boolean): string => {
    const d = new Date(asDate ? `${value}T00:00:00Z` : value);
    return Number.isNaN(d.getTime()) ? value : format.format(d);
  };
  return {
    number: (n) => number.format(n),
    date: (v) => safe(date, v, true),
    dateTime: (v) => safe(dateTime, v, false),
    longDate: (v) => safe(longDate, v, false),
  };
}

/** Formats for the current language; before a case file is open the zone defaults to WIB. */
export function useFormats(zone: TimeZone | null): Formats {
  const lang = useLang();
  return useMemo(() => makeFormats(lang, zone ?? 'WIB'), [lang, zone]);
}
