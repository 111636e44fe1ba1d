// The Ringkasan forms' state and what they send. Inputs hold text ('' for empty); the core takes
// null for an absent date and the LocalDateTime form 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' for the
// time of the offence. A save sends only the fields that changed, so two people editing different
// parts of one case do not overwrite each other's work.
import { EXPLOITATIONS, MODUS, type PerkaraPatch, type TeamMember } from '../../../../shared/domain/case';
import type { PerkaraView } from '../../../../shared/ipc/records';

export type OffenceForm = {
  lpNumber: string;
  lpDate: string;
  title: string;
  satker: string;
  place: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  modus: (typeof MODUS)[number] | '';
  exploitation: (typeof EXPLOITATIONS)[number] | '';
  recruitmentChannel: string;
};

export type TeamRow = TeamMember & { key: string };

/** 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD' into its date and time inputs. */
export function splitLocal(value: string | null): { date: string; time: string } {
  if (!value) return { date: '', time: '' };
  return { date: value.slice(0, 10), time: value.length > 10 ? value.slice(11, 16) : '' };
}

/** The date and time inputs back into what the core takes; a time alone is not a moment. */
export function joinLocal(date: string, time: string): string | null {
  if (date === '') return null;
  return time === '' ? date : `${date}T${time}`;
}

export function offenceForm(p: PerkaraView): OffenceForm {
  const start = splitLocal(p.offenceStart);
  const end = splitLocal(p.offenceEnd);
  const modus = p.modus;
  const exploitation = p.exploitation;
  return {
    lpNumber: p.lpNumber,
    lpDate: p.lpDate ?? '',
    title: p.title,
    satker: p.satker,
    place: p.place,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    // Stored values come from the same enums; an unknown one shows as "not set" rather than crash.
    modus: isOneOf(modus, MODUS_VALUES) ? modus : '',
    exploitation: isOneOf(exploitation, EXPLOITATION_VALUES) ? exploitation : '',
    recruitmentChannel: p.recruitmentChannel,
  };
}

const MODUS_VALUES: readonly OffenceForm['modus'][] = ['', ...MODUS];
const EXPLOITATION_VALUES: readonly OffenceForm['exploitation'][] = ['', ...EXPLOITATIONS];

function isOneOf<T extends string>(value: string, values: readonly T[]): value is T {
  return (values as readonly string[]).includes(value);
}

/** The fields that differ, as the patch perkara:update takes. */
export function offencePatch(before: OffenceForm, after: OffenceForm): PerkaraPatch {
  const patch: PerkaraPatch = {};
  const text = ['lpNumber', 'title', 'satker', 'place', 'recruitmentChannel'] as const;
  for (const key of text) if (before[key] !== after[key]) patch[key] = after[key];
  if (before.lpDate !== after.lpDate) patch.lpDate = after.lpDate;
  if (before.modus !== after.modus) patch.modus = after.modus;
  if (before.exploitation !== after.exploitation) patch.exploitation = after.exploitation;
  const start = joinLocal(after.startDate, after.startTime);
  if (start !== joinLocal(before.startDate, before.startTime)) patch.offenceStart = start;
  const end = joinLocal(after.endDate, after.endTime);
  if (end !== joinLocal(before.endDate, before.endTime)) patch.offenceEnd = end;
  return patch;
}

/** A time typed without its date: the core would drop it silently, so the form asks for the date. */
export function timeWithoutDate(f: OffenceForm): Array<'startDate' | 'endDate'> {
  const out: Array<'startDate' | 'endDate'> = [];
  if (f.startTime !== '' && f.startDate === '') out.push('startDate');
  if (f.endTime !== '' && f.endDate === '') out.push('endDate');
  return out;
}

let rowKeys = 0;
/** A row key that survives removing the rows above it (the index would not). */
export const newRowKey = (): string => `row-${++rowKeys}`;

export function teamRows(team: readonly TeamMember[]): TeamRow[] {
  return team.map((m) => ({ ...m, key: newRowKey() }));
}

export function teamInput(rows: readonly TeamRow[]): TeamMember[] {
  return rows.map(({ name, rank, nrp, role }) => ({ name: name.trim(), rank: rank.trim(), nrp: nrp.trim(), role }));
}

export function sameTeam(a: readonly TeamMember[], b: readonly TeamMember[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The chosen pasal in the catalogue's order, so the case lists them as the law book does. */
export function orderedCharges(chosen: ReadonlySet<string>, catalog: readonly { id: string }[]): string[] {
  const known = catalog.filter((c) => chosen.has(c.id)).map((c) => c.id);
  // A pasal the catalogue no longer lists stays on the case rather than vanishing on save.
  const unknown = [...chosen].filter((id) => !catalog.some((c) => c.id === id));
  return [...known, ...unknown];
}
