// Dates as the station writes them, in the unit's time zone: today's calendar date (the upper
// bound of a date field), a local date in words ("20 Maret 2026") and an instant as that date with
// its clock time. i18n/format.ts has the short forms the lists use; these are the long ones a
// deadline needs, where "20 Mar" next to "2 Mei" would be read too quickly.
import { useMemo } from 'react';
import type { TimeZone } from '../../../../shared/domain/settings';
import { useLang, type Lang } from '../../i18n';

// Copied rather than imported, as format.ts does: the shared module brings zod into the page.
const IANA = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const satisfies Record<TimeZone, string>;
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** Today's date (YYYY-MM-DD) in the unit's zone, whatever the workstation's clock zone is. */
export function todayIn(zone: TimeZone, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: IANA[zone], year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type LongDates = {
  /** A calendar date stored as YYYY-MM-DD, in words, with no time-zone shift. */
  date: (isoDate: string) => string;
  /** An instant as its date in words and its clock time, both in the unit's zone. */
  moment: (iso: string) => { date: string; time: string };
};

export function makeLongDates(lang: Lang, zone: TimeZone): LongDates {
  const locale = LOCALES[lang];
  const local = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const inZone = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: IANA[zone] });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: IANA[zone] });
  const valid = (d: Date): boolean => !Number.isNaN(d.getTime());
  return {
    date: (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return valid(d) ? local.format(d) : v;
    },
    moment: (v) => {
      const d = new Date(v);
      return valid(d) ? { date: inZone.format(d), time: clock.format(d) } : { date: v, time: '' };
    },
  };
}

export function useLongDates(zone: TimeZone): LongDates {
  const lang = useLang();
  return useMemo(() => makeLongDates(lang, zone), [lang, zone]);
}
