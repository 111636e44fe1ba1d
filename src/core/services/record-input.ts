// Turning what a person (or an import file) sends into a checked record, and a refusal into words:
// an INVALID_FIELD error names the record, the field and the rule, so a form can point at the input
// and an import can name the line of the file. Warnings are returned, to be stored with the record.
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Checked, Finding } from '../../shared/rules/findings';
import { localDate } from '../../shared/rules/dates';
import type { TimeZone } from '../../shared/domain/settings';
import type { StoredFinding } from '../../shared/domain/case';
import { getSettings } from './settings';
import type { Session } from '../store/session';


/** The finding code and field path for a schema issue. */
export function ruleOf(issue: z.core.$ZodIssue): { field: string; rule: string } {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_small':
      return { field, rule: issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'FIELD_REQUIRED' : issue.origin === 'array' ? 'FIELD_REQUIRED' : 'FIELD_OUT_OF_RANGE' };
    case 'too_big':
      return { field, rule: issue.origin === 'string' ? 'FIELD_TOO_LONG' : issue.origin === 'array' ? 'FIELD_TOO_MANY' : 'FIELD_OUT_OF_RANGE' };
    case 'invalid_format':
    case 'custom':
      return { field, rule: 'FIELD_FORMAT' };
    case 'invalid_value':
    case 'invalid_union':
      return { field, rule: 'FIELD_UNKNOWN_VALUE' };
    case 'unrecognized_keys':
      return { field: [field, issue.keys[0] ?? ''].filter(Boolean).join('.'), rule: 'FIELD_UNKNOWN' };
    case 'invalid_type':
      return { field, rule: issue.input === undefined ? 'FIELD_REQUIRED' : 'FIELD_TYPE' };
    default:
      return { field, rule: 'FIELD_FORMAT' };
  }
}

/** Parses `input` with `schema`, or throws INVALID_FIELD naming `record` and the first bad field. */
export function parseFields<S extends z.ZodType>(schema: S, input: unknown, record: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const { field, rule } = issue ? ruleOf(issue) : { field: '', rule: 'FIELD_FORMAT' };
  throw new AppError('INVALID_FIELD', { record, field: field || '-', rule });
}

/**
 * A change to some fields: the current values with the patch laid over them, to be checked as a
 * whole. (A schema's .partial() would fill every field left out with its default, and so clear it.)
 */
export function mergePatch<T extends object>(current: T, patch: unknown, allowed: readonly string[], record: string): T {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new AppError('INVALID_FIELD', { record, field: '-', rule: 'FIELD_TYPE' });
  for (const key of Object.keys(patch)) {
    if (!allowed.includes(key)) throw new AppError('INVALID_FIELD', { record, field: key, rule: 'FIELD_UNKNOWN' });
  }
  return { ...current, ...patch };
}

/** Throws the first error of a rule check; returns its warnings for storing. */
export function acceptFindings(checked: Checked, record: string): StoredFinding[] {
  const error = checked.errors[0];
  if (error) throw findingError(error, record);
  return checked.warnings.map(stored);
}

export function findingError(f: Finding, record: string): AppError {
  return new AppError('INVALID_FIELD', { ...(f.params ?? {}), record, field: f.field, rule: f.code });
}

export function stored(f: Finding): StoredFinding {
  return f.params ? { field: f.field, code: f.code, params: { ...f.params } } : { field: f.field, code: f.code };
}

/** Today in the unit's time zone, and the zone: the two facts every date rule needs. */
export function unitToday(session: Pick<Session, 'db' | 'clock'>): { today: string; zone: TimeZone } {
  const zone = getSettings(session.db).timeZone;
  return { today: localDate(session.clock(), zone), zone };
}

/** Dates of things that have happened cannot lie in the future of the unit's today. */
export function rejectFuture(values: Record<string, string | null | undefined>, today: string, record: string): void {
  for (const [field, value] of Object.entries(values)) {
    if (value && value.slice(0, 10) > today) {
      throw new AppError('INVALID_FIELD', { record, field, rule: 'DATE_IN_FUTURE', valueDate: value.slice(0, 10), todayDate: today });
    }
  }
}
