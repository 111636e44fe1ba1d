// The new-case form's rules, apart from the screen: what it sends, which of its fields a refusal of
// the core is about, and the example LP number its hint shows. The core checks everything again
// (LP structure, Roman month against the LP date, dates in the future, a taken LP number); the
// form only catches empty required fields before a round trip.
import type { PerkaraInput } from '../../../../shared/domain/case';
import { formatFinding } from '../../../../shared/i18n/finding-messages';
import type { WireError } from '../../../../shared/ipc/contract';
import { FINDING_CODES, type FindingCode } from '../../../../shared/rules/findings';
import { errorSentence } from '../../api/errors';
import type { Lang } from '../../i18n';

export type NewCaseFields = {
  lpNumber: string;
  lpDate: string;
  title: string;
  satker: string;
  place: string;
  offenceDate: string;
  offenceTime: string;
};
export type FieldName = keyof NewCaseFields;

/** In the order they appear, so the first marked one gets the cursor. */
export const FIELD_ORDER = ['lpNumber', 'lpDate', 'title', 'satker', 'place', 'offenceDate', 'offenceTime'] as const satisfies readonly FieldName[];

export const emptyFields = (satker: string): NewCaseFields => ({ lpNumber: '', lpDate: '', title: '', satker, place: '', offenceDate: '', offenceTime: '' });

export const isDirty = (fields: NewCaseFields, initial: NewCaseFields): boolean => FIELD_ORDER.some((name) => fields[name].trim() !== initial[name].trim());

export type LocalProblem = 'required' | 'needsDate';

export function localProblems(f: NewCaseFields): Partial<Record<FieldName, LocalProblem>> {
  const found: Partial<Record<FieldName, LocalProblem>> = {};
  for (const name of ['lpNumber', 'lpDate', 'title'] as const) if (!f[name].trim()) found[name] = 'required';
  if (f.offenceTime && !f.offenceDate) found.offenceDate = 'needsDate';
  return found;
}

export function toInput(f: NewCaseFields): PerkaraInput {
  const offenceStart = f.offenceDate ? (f.offenceTime ? `${f.offenceDate}T${f.offenceTime}` : f.offenceDate) : null;
  return {
    lpNumber: f.lpNumber.trim(),
    lpDate: f.lpDate,
    title: f.title.trim(),
    satker: f.satker.trim(),
    place: f.place.trim(),
    offenceStart,
  };
}

// The core's field names (src/shared/domain/case.ts) where they differ from the form's.
const FORM_FIELD: Record<string, FieldName> = {
  lpNumber: 'lpNumber',
  lpDate: 'lpDate',
  title: 'title',
  satker: 'satker',
  place: 'place',
  offenceStart: 'offenceDate',
};

/** The form field a refusal is about, or null when it is about none of them (shown above). */
export function fieldOfError(error: WireError): FieldName | null {
  if (error.code === 'LP_TAKEN') return 'lpNumber';
  if (error.code !== 'INVALID_FIELD') return null;
  return FORM_FIELD[String(error.params.field ?? '')] ?? null;
}

const isFindingCode = (s: string): s is FindingCode => FINDING_CODES.some((code) => code === s);

/**
 * The refusal in words for the field it is about: the rule's own sentence, without the record's
 * name in front (the field is right there). Re-worded when the language changes.
 */
export function fieldSentence(error: WireError, lang: Lang): string {
  const rule = String(error.params.rule ?? '');
  if (error.code === 'INVALID_FIELD' && isFindingCode(rule)) {
    return formatFinding({ field: String(error.params.field ?? ''), code: rule, params: error.params }, lang);
  }
  return errorSentence(error, lang);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/**
 * An LP number as the unit would write one for the given date (the LP date once typed, else
 * today): the Roman month and year right, the unit's own satker and polda when they are set.
 */
export function lpExample(date: string, satker: string, polda: string): string {
  const year = date.slice(0, 4);
  const month = ROMAN[Number(date.slice(5, 7)) - 1] ?? 'I';
  const tail = satker && polda ? `${satker}/${polda}` : '…';
  return `LP/B/123/${month}/${year}/SPKT/${tail}`;
}
