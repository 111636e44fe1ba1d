// Penangkapan and penahanan as the forms enter them. An arrest happens at a moment: typed as a date
// and a wall-clock time in the unit's zone and sent with that zone's offset (WITA +08:00), never
// through the workstation's own clock. A detention is a run of calendar days whose kind, length and
// start follow from the rule set and the periods already ordered (src/shared/rules/detention.ts).
import type { TimeZone } from '../../../../shared/domain/settings';
import type { PartyView, PerkaraView } from '../../../../shared/ipc/records';
import { instantFromLocal, isIsoDate, localDate, localDateTime } from '../../../../shared/rules/dates';
import { nextDetention, periodEnd, type DetentionPeriod, type NextDetention } from '../../../../shared/rules/detention';
import { ruleSetFor, type RuleSet } from '../../../../shared/rules/rulesets';

const OFFSETS: Record<TimeZone, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** '2026-03-01' + '14:30' in WITA → '2026-03-01T14:30:00+08:00'; null when either is incomplete. */
export function instantText(date: string, time: string, zone: TimeZone): string | null {
  try {
    instantFromLocal(`${date}T${time}`, zone);
  } catch {
    return null;
  }
  return `${date}T${time}:00${OFFSETS[zone]}`;
}

/** A stored instant back into the date and time inputs, on the unit's wall clock. */
export function localParts(iso: string | null, zone: TimeZone): { date: string; time: string } {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return { date: '', time: '' };
  const local = localDateTime(d, zone);
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** A rule set by 'id@version', or by id alone for its latest version (as the core resolves it). */
export function findRuleSet(ruleSets: readonly RuleSet[], ref: string): RuleSet | null {
  const [id, version] = ref.split('@');
  return ruleSets
    .filter((r) => r.id === id && (version === undefined || r.version === Number(version)))
    .reduce<RuleSet | null>((best, r) => (!best || r.version > best.version ? r : best), null);
}

/** The rule set a tersangka's detention follows: the children's set for a child, else the case's. */
export function ruleSetRefFor(perkara: Pick<PerkaraView, 'lpDate' | 'createdAt' | 'adultRules' | 'childRules'>, party: Pick<PartyView, 'child'>): string {
  const date = perkara.lpDate ?? perkara.createdAt.slice(0, 10);
  return party.child ? (perkara.childRules ?? ruleSetFor(date, true)) : (perkara.adultRules ?? ruleSetFor(date, false));
}

export type DetentionPlan =
  | { kind: 'next'; next: NextDetention }
  /** Every period of the rule set is used. */
  | { kind: 'noneLeft' }
  /** The next extension needs a heavier threatened penalty than the pasal sangkaan carry. */
  | { kind: 'threatTooLow'; blocked: NextDetention };

export function detentionPlan(ruleSet: RuleSet, detentions: readonly { kind: DetentionPeriod['kind']; startDate: string; days: number }[], threatYears: number): DetentionPlan {
  const chain = detentions.map((d) => ({ kind: d.kind, start: d.startDate, days: d.days }));
  const any = nextDetention(ruleSet, chain);
  if (!any) return { kind: 'noneLeft' };
  const allowed = nextDetention(ruleSet, chain, { threatYears });
  return allowed ? { kind: 'next', next: allowed } : { kind: 'threatTooLow', blocked: any };
}

/**
 * Where a new period starts: the day after the previous one ends; for the first, the day of the
 * latest arrest (a detention order follows the arrest), else today.
 */
export function defaultStart(next: NextDetention, arrests: readonly { at: string }[], zone: TimeZone, today: string): string {
  if (next.start) return next.start;
  const latest = arrests.map((a) => a.at).sort().at(-1);
  return latest ? localDate(new Date(latest), zone) : today;
}

/** The last day of the period being typed, for the "s/d" preview; null while it is incomplete. */
export function previewEnd(start: string, days: number): string | null {
  return isIsoDate(start) && Number.isInteger(days) && days >= 1 && days <= 400 ? periodEnd(start, days) : null;
}
