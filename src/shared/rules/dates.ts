// Calendar dates as 'YYYY-MM-DD' strings. A JavaScript Date is an instant, and turning one into a
// calendar day silently uses the machine's time zone; a station PC set to WIB would then count a
// Balikpapan (WITA) deadline an hour off. So dates stay strings, day arithmetic runs on UTC day
// numbers, and an instant becomes a date only through an explicit Indonesian zone.
import type { TimeZone } from '../domain/settings';

/** Indonesia has had no daylight saving since 1964, so each zone is a fixed offset. */
export const ZONE_OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function parts(s: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** True for a date that exists on the calendar: '2024-02-29' yes, '2025-02-29' no. */
export function isIsoDate(s: string): boolean {
  const p = parts(s);
  if (!p || p.month < 1 || p.month > 12 || p.day < 1) return false;
  const d = new Date(utcMs(p.year, p.month, p.day));
  // An impossible day rolls over into the next month; a real one comes back unchanged.
  return d.getUTCMonth() + 1 === p.month && d.getUTCDate() === p.day;
}

// Throwing here is deliberate: callers validate typed input with isIsoDate first, so a bad date at
// this point is a programming error, and a wrong deadline would be worse than a crash in a test.
function dayNumber(date: string): number {
  const p = parts(date);
  if (!p || !isIsoDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return utcMs(p.year, p.month, p.day) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** to − from in days: daysBetween('2026-03-01', '2026-03-20') is 19. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function shifted(instant: Date, zone: TimeZone): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  return new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * HOUR_MS).toISOString();
}

/** The calendar date on a wall clock in the zone at that instant. */
export function localDate(instant: Date, zone: TimeZone): string {
  return shifted(instant, zone).slice(0, 10);
}

/** 'YYYY-MM-DDTHH:mm' on a wall clock in the zone at that instant. */
export function localDateTime(instant: Date, zone: TimeZone): string {
  return shifted(instant, zone).slice(0, 16);
}

/** The instant a wall clock in the zone shows 'YYYY-MM-DDTHH:mm'. */
export function instantFromLocal(localDateTimeText: string, zone: TimeZone): Date {
  const m = LOCAL_DATE_TIME.exec(localDateTimeText);
  const hours = Number(m?.[2]);
  const minutes = Number(m?.[3]);
  if (!m?.[1] || !isIsoDate(m[1]) || hours > 23 || minutes > 59) {
    throw new RangeError(`Not a local date and time: ${JSON.stringify(localDateTimeText)}`);
  }
  return new Date(dayNumber(m[1]) * DAY_MS + (hours - ZONE_OFFSET_HOURS[zone]) * HOUR_MS + minutes * 60_000);
}
