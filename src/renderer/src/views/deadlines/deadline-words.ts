// What a running deadline is called and how urgent it is, apart from the screen. The core sends
// codes (kind, detention kind, next step) and a count of days; the words live in i18n.
import type { DeadlineView } from '../../../../shared/ipc/records';
import type { DetentionKind } from '../../../../shared/rules/rulesets';

export type DeadlineKind = DeadlineView['kind'];

/** The kinds, in the order the filter offers them (the order a case meets them). */
export const KINDS = ['arrest', 'detention', 'spdp', 'prosecutor_answer', 'p19_return'] as const satisfies readonly DeadlineKind[];

/** The i18n key under workspace.deadlines.kinds: a detention is named by who ordered it. */
export type KindWord = Exclude<DeadlineKind, 'detention'> | 'detention' | DetentionKind;

export function kindWord(d: Pick<DeadlineView, 'kind' | 'detentionKind'>): KindWord {
  return d.kind === 'detention' ? (d.detentionKind ?? 'detention') : d.kind;
}

/** Below three days a deadline is shown in red; "overdue" and "last day" are worded apart. */
export type Urgency = 'overdue' | 'lastDay' | 'soon' | 'later';

export const URGENT_BELOW_DAYS = 3;

export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'lastDay';
  return daysLeft < URGENT_BELOW_DAYS ? 'soon' : 'later';
}

/** As urgencyOf, but an arrest whose exact end has passed is overdue even on its last day. */
export function urgencyOfDeadline(d: Pick<DeadlineView, 'daysLeft' | 'dueAt'>, now: number): Urgency {
  const end = d.dueAt ? Date.parse(d.dueAt) : NaN;
  return !Number.isNaN(end) && end <= now ? 'overdue' : urgencyOf(d.daysLeft);
}

/**
 * Soonest first: overdue at the top (most overdue first), then by the last day, an arrest's exact
 * hour, and the LP number, so two equal deadlines keep one order between visits.
 */
export function bySoonest(a: DeadlineView, b: DeadlineView): number {
  return (
    a.daysLeft - b.daysLeft ||
    a.due.localeCompare(b.due) ||
    (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
    a.lpNumber.localeCompare(b.lpNumber) ||
    (a.subject ?? '').localeCompare(b.subject ?? '')
  );
}

export type Counts = Record<DeadlineKind | 'all' | 'overdue' | 'soon', number>;

export function countOf(deadlines: readonly DeadlineView[], now: number): Counts {
  const counts: Counts = { all: deadlines.length, overdue: 0, soon: 0, arrest: 0, detention: 0, spdp: 0, prosecutor_answer: 0, p19_return: 0 };
  for (const d of deadlines) {
    counts[d.kind] += 1;
    const urgency = urgencyOfDeadline(d, now);
    if (urgency === 'overdue') counts.overdue += 1;
    else if (urgency !== 'later') counts.soon += 1;
  }
  return counts;
}
