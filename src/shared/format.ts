// Dates as Indonesian investigators and prosecutors write them, in the unit's time zone.
import type { Lang } from './i18n/error-messages';
import { TIME_ZONES, type TimeZone } from './domain/settings';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** "27 November 2026 pukul 23.50 WITA" / "27 November 2026 at 23:50 WITA". */
export function formatDateTime(iso: string, lang: Lang, zone: TimeZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONES[zone],
  }).format(date);
  return `${text} ${zone}`;
}
