// Field shapes shared by the record schemas: trimmed text of a bounded length, calendar dates and
// local date-times as ISO text. Dates stay strings end to end, so no time zone sneaks in.
import { z } from 'zod';
import { isIsoDate } from '../rules/dates';

/** A single line a form shows in one input. */
export const line = (max = 200) => z.string().trim().max(max);

/** Free text (summaries, the resume), up to `max` characters. */
export const text = (max = 20_000) => z.string().max(max);

export const IsoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { message: 'not a calendar date (YYYY-MM-DD)' });

/** A local date, or a local date and time ('YYYY-MM-DDTHH:MM'), in the unit's time zone. */
export const LocalDateTime = z
  .string()
  .trim()
  .refine((s) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s);
    if (!m || !isIsoDate(m[1] ?? '')) return false;
    return m[2] === undefined || (Number(m[2]) < 24 && Number(m[3]) < 60);
  }, { message: 'not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)' });

/** An instant, as ISO text with a zone (e.g. an arrest at 2026-03-01T14:30:00+08:00). */
export const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

/** The date part of a LocalDateTime. */
export function datePart(local: string): string {
  return local.slice(0, 10);
}
