// A refusal from the core, placed where the person will look for it. INVALID_FIELD names the field
// by its path in the record ('nik', 'guardian.name', 'team.0.nrp'); the sentence at the input is
// worded here from the rule and its parameters (so it follows a language switch, and carries no
// "tersangka Hendra:" prefix the input does not need). Anything else stays a whole-form message.
import type { WireError } from '../../../../shared/ipc/contract';
import { formatFinding } from '../../../../shared/i18n/finding-messages';
import type { Lang } from '../../../../shared/i18n/error-messages';
import { FINDING_CODES, type FindingCode } from '../../../../shared/rules/findings';
import { errorSentence } from '../../api/errors';

export type Problem = { field: string | null; message: string };

const isFindingCode = (s: string): s is FindingCode => (FINDING_CODES as readonly string[]).includes(s);

/**
 * The field a refusal is about, in the form's own names (`aliases` maps what the core calls it when
 * the form differs: a detention's 'start' is the form's 'startDate'), and its sentence.
 */
export function problemOf(error: WireError, lang: Lang, aliases: Readonly<Record<string, string>> = {}): Problem {
  if (error.code !== 'INVALID_FIELD') return { field: null, message: errorSentence(error, lang) };
  const raw = String(error.params.field ?? '');
  const rule = String(error.params.rule ?? '');
  const field = raw === '' || raw === '-' ? null : (aliases[raw] ?? raw);
  if (field === null || !isFindingCode(rule)) return { field, message: errorSentence(error, lang) };
  return { field, message: formatFinding({ field: raw, code: rule, params: error.params }, lang) };
}

/**
 * Problems split into those shown at an input the form has (by field name) and the rest, which the
 * form shows at its top. The first problem of a field wins.
 */
export function placeProblems(problems: readonly Problem[], fields: readonly string[]): { at: Record<string, string>; general: Problem[] } {
  const at: Record<string, string> = {};
  const general: Problem[] = [];
  for (const p of problems) {
    if (p.field !== null && fields.includes(p.field)) at[p.field] ??= p.message;
    else general.push({ field: null, message: p.message });
  }
  return { at, general };
}

/** Required fields the person left empty, checked before asking the core. */
export function blankFields(values: Readonly<Record<string, string>>, required: readonly string[]): string[] {
  return required.filter((f) => (values[f] ?? '').trim() === '');
}

/** A warning stored on a record ({ field, code, params }) as a sentence; an unknown code as itself. */
export function warningText(w: { field: string; code: string; params?: Record<string, string | number> }, lang: Lang): string {
  return isFindingCode(w.code) ? formatFinding({ field: w.field, code: w.code, params: w.params }, lang) : w.code;
}
