// The clocks an investigator must not miss, computed from a case's records at a given instant.
//
// Two ways of counting, because the law words them differently:
// - Detention orders state a period of N days "terhitung sejak tanggal X s/d tanggal Y" that
//   includes its first day, so 20 days from 1 March last until 20 March (detention.ts).
// - SPDP, the prosecutor's answer and the return after P-19 must happen "dalam waktu N hari"
//   after an event (the Sprindik, receipt of the berkas, the P-19). The day of the event is not
//   counted, so 7 days after a Sprindik of 1 March ends on 8 March: due = event + N.
// "Today" is the calendar day in the unit's time zone (settings), never the workstation's.
import type { Stage } from '../domain/case';
import type { TimeZone } from '../domain/settings';
import { addDays, daysBetween, isIsoDate, localDate } from './dates';
import { nextDetention, periodEnd } from './detention';
import type { DetentionKind, RuleSet } from './rulesets';

export type CaseClocksInput = {
  perkaraId: string;
  lpNumber: string;
  zone: TimeZone;
  stage: Stage;
  /** Stage history, oldest first. */
  stages: Array<{ stage: Stage; date: string }>;
  /** Types 'sprindik', 'spdp' and 'p19' matter here; others are ignored. */
  documents: Array<{ type: string; date: string | null }>;
  suspects: Array<{
    partyId: string;
    name: string;
    ruleSet: RuleSet;
    /** When known, an extension the offence does not allow is not offered as the next step. */
    threatYears?: number;
    arrests: Array<{ at: string; endedAt: string | null }>;
    detentions: Array<{ kind: DetentionKind; start: string; days: number; endedOn: string | null }>;
  }>;
  /** Case-level clocks (SPDP, prosecutor, P-19) follow it; SPPA keeps KUHAP's days for these. */
  adultRuleSet: RuleSet;
};

export type DeadlineKind = 'arrest' | 'detention' | 'spdp' | 'prosecutor_answer' | 'p19_return';

export type Deadline = {
  perkaraId: string;
  lpNumber: string;
  kind: DeadlineKind;
  partyId: string | null;
  /** The suspect's name, for clocks that belong to one suspect. */
  subject: string | null;
  detentionKind: DetentionKind | null;
  /** The last allowed local date, inclusive. */
  due: string;
  /** The exact instant, for the arrest only (ISO). */
  dueAt: string | null;
  /** due − today in the unit's zone: 0 = today is the last day, negative = overdue. */
  daysLeft: number;
  /** The extension still available for a running detention. */
  nextStep: DetentionKind | null;
};

// From the handover of suspect and evidence (tahap II), or once the investigation is stopped
// (SP3), no investigator deadline remains.
const STOPPED_AT: readonly Stage[] = ['tahap_2', 'sp3'];
const KIND_ORDER: Record<DeadlineKind, number> = { arrest: 0, detention: 1, spdp: 2, prosecutor_answer: 3, p19_return: 4 };
const HOUR_MS = 3_600_000;

const latest = (dates: Array<string | null>): string | null =>
  dates.filter((d): d is string => d !== null && isIsoDate(d)).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
const earliest = (dates: Array<string | null>): string | null =>
  dates.filter((d): d is string => d !== null && isIsoDate(d)).reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);

/** The running clocks, soonest first (by due date, then kind, then instant and name). */
export function caseDeadlines(input: CaseClocksInput, now: Date): Deadline[] {
  if (STOPPED_AT.includes(input.stage)) return [];
  const { zone, adultRuleSet: caseRules } = input;
  const today = localDate(now, zone);
  const found: Deadline[] = [];
  const add = (kind: DeadlineKind, due: string, more: Partial<Deadline> = {}): void => {
    found.push({
      perkaraId: input.perkaraId,
      lpNumber: input.lpNumber,
      kind,
      partyId: null,
      subject: null,
      detentionKind: null,
      dueAt: null,
      nextStep: null,
      ...more,
      due,
      daysLeft: daysBetween(today, due),
    });
  };

  for (const suspect of input.suspects) {
    const who = { partyId: suspect.partyId, subject: suspect.name };
    // Stored records are validated on the way in; skipping an unreadable one here keeps a single
    // bad row from hiding every other clock on the dashboard.
    const chain = suspect.detentions.filter((d) => isIsoDate(d.start)).sort((a, b) => a.start.localeCompare(b.start));

    for (const arrest of suspect.arrests) {
      const at = new Date(arrest.at);
      if (Number.isNaN(at.getTime())) continue;
      if (arrest.endedAt !== null && new Date(arrest.endedAt).getTime() <= now.getTime()) continue;
      // A detention ordered on or after the day of the arrest takes over from it.
      const arrestDay = localDate(at, zone);
      if (chain.some((d) => d.start >= arrestDay)) continue;
      const dueAt = new Date(at.getTime() + suspect.ruleSet.arrestHours * HOUR_MS);
      add('arrest', localDate(dueAt, zone), { ...who, dueAt: dueAt.toISOString() });
    }

    // Each period supersedes the one before, so only the latest can be running; past its last day
    // it stays on the list as overdue until a release (endedOn) or an extension is recorded.
    const current = chain.at(-1);
    if (current && (current.endedOn === null || current.endedOn > today)) {
      const facts = suspect.threatYears === undefined ? undefined : { threatYears: suspect.threatYears };
      add('detention', periodEnd(current.start, current.days), {
        ...who,
        detentionKind: current.kind,
        nextStep: nextDetention(suspect.ruleSet, chain, facts)?.kind ?? null,
      });
    }
  }

  const sprindik = earliest(input.documents.filter((d) => d.type === 'sprindik').map((d) => d.date));
  if (sprindik !== null && !input.documents.some((d) => d.type === 'spdp')) {
    add('spdp', addDays(sprindik, caseRules.spdpDays));
  }

  // The case can move between tahap I and dikembalikan several times; the latest entry counts.
  const since = (stage: Stage): string | null => latest(input.stages.filter((s) => s.stage === stage).map((s) => s.date));
  if (input.stage === 'tahap_1') {
    const sent = since('tahap_1');
    if (sent !== null) add('prosecutor_answer', addDays(sent, caseRules.prosecutorAnswerDays));
  }
  if (input.stage === 'dikembalikan') {
    const returned = since('dikembalikan');
    if (returned !== null) {
      // A P-19 letter dated after the stage was recorded is when the berkas actually came back.
      const p19 = latest(input.documents.filter((d) => d.type === 'p19').map((d) => d.date));
      const from = p19 !== null && p19 > returned ? p19 : returned;
      add('p19_return', addDays(from, caseRules.p19ReturnDays));
    }
  }

  return found.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
      (a.subject ?? '').localeCompare(b.subject ?? ''),
  );
}
