// Detention periods, counted as detention orders write them: inclusively. 20 days "terhitung sejak
// tanggal 1 Maret 2022 s/d tanggal 20 Maret 2022" covers both the first and the last day, and an
// extension starts the day after the period it extends ends, so a chain has no gap and no overlap.
// Every period and limit comes from the RuleSet (rulesets.ts).
import { CHILD_UNDER_AGE } from './age';
import { addDays, isIsoDate } from './dates';
import type { Checked, Finding } from './findings';
import type { DetentionKind, RuleSet } from './rulesets';

export type DetentionPeriod = { kind: DetentionKind; start: string; days: number };
export type NextDetention = { kind: DetentionKind; start: string | null; days: number };
/** ageOnOffence: on the first day of the offence; threatYears: the maximum prison term charged. */
export type DetentionFacts = { ageOnOffence: number | null; threatYears: number };

/** The last day of a period of `days` days starting on `start`, both days included. */
export function periodEnd(start: string, days: number): string {
  return addDays(start, days - 1);
}

// Orders may be entered out of sequence; the chain itself is chronological.
function chronological(periods: readonly DetentionPeriod[]): DetentionPeriod[] {
  return [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

// The position in the rule set's chain after the last period already ordered.
function nextIndex(ruleSet: RuleSet, chain: readonly DetentionPeriod[]): number {
  const last = chain.at(-1);
  return last ? ruleSet.detention.findIndex((r) => r.kind === last.kind) + 1 : 0;
}

function dayAfter(period: DetentionPeriod | undefined): string | null {
  return period && isIsoDate(period.start) ? addDays(periodEnd(period.start, period.days), 1) : null;
}

export function checkDetention(
  ruleSet: RuleSet,
  previous: readonly DetentionPeriod[],
  next: DetentionPeriod,
  facts: DetentionFacts,
): Checked {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const chain = chronological(previous);

  // Who may be detained at all.
  const age = facts.ageOnOffence;
  if (age !== null && (age < CHILD_UNDER_AGE) !== (ruleSet.appliesTo === 'child')) {
    errors.push({ field: 'ruleSet', code: 'DETENTION_RULE_SET_MISMATCH', params: { ruleSet: ruleSet.name, age } });
  }
  if (ruleSet.minDetentionAge !== null) {
    // Unknown age is not a block: the birth date may still be being established, but it must be.
    if (age === null) warnings.push({ field: 'detention', code: 'DETENTION_AGE_UNKNOWN', params: { min: ruleSet.minDetentionAge } });
    else if (age < ruleSet.minDetentionAge) {
      errors.push({ field: 'detention', code: 'DETENTION_TOO_YOUNG', params: { age, min: ruleSet.minDetentionAge } });
    }
  }
  const minThreat = ruleSet.minThreatYearsForDetention;
  if (minThreat !== null && facts.threatYears < minThreat) {
    errors.push({ field: 'detention', code: 'DETENTION_THREAT_TOO_LOW', params: { threatYears: facts.threatYears, min: minThreat } });
  }

  // Which period this is.
  const rule = ruleSet.detention.find((r) => r.kind === next.kind);
  const expectedIndex = nextIndex(ruleSet, chain);
  const expected = ruleSet.detention[expectedIndex];
  if (!rule) {
    errors.push({ field: 'kind', code: 'DETENTION_KIND_UNKNOWN', params: { kind: next.kind, ruleSet: ruleSet.name } });
  } else if (chain.some((p) => p.kind === next.kind)) {
    errors.push(
      expected
        ? { field: 'kind', code: 'DETENTION_KIND_REPEATED', params: { kind: next.kind } }
        : { field: 'kind', code: 'DETENTION_NONE_LEFT', params: { ruleSet: ruleSet.name } },
    );
  } else if (expected && expected.kind !== next.kind) {
    errors.push({ field: 'kind', code: 'DETENTION_KIND_ORDER', params: { kind: next.kind, expectedKind: expected.kind } });
  }

  // How long: fewer days than allowed is lawful (a suspect may be released early or extended less).
  if (!Number.isInteger(next.days) || next.days < 1) {
    errors.push({ field: 'days', code: 'DETENTION_DAYS_INVALID', params: { days: next.days } });
  } else if (rule && next.days > rule.days) {
    errors.push({ field: 'days', code: 'DETENTION_TOO_LONG', params: { kind: next.kind, days: next.days, max: rule.days } });
  }
  if (rule && rule.minThreatYears !== null && facts.threatYears < rule.minThreatYears) {
    errors.push({
      field: 'kind',
      code: 'DETENTION_THREAT_TOO_LOW_FOR_KIND',
      params: { kind: next.kind, threatYears: facts.threatYears, min: rule.minThreatYears },
    });
  }

  // When: an extension continues the chain on the very next day.
  if (!isIsoDate(next.start)) {
    errors.push({ field: 'start', code: 'DETENTION_DATE_INVALID' });
  } else {
    const expectedDate = dayAfter(chain.at(-1));
    if (expectedDate !== null && next.start !== expectedDate) {
      errors.push({ field: 'start', code: 'DETENTION_START', params: { expectedDate } });
    }
  }
  return { errors, warnings };
}

/**
 * The period that may follow, with its default start (the day after the chain ends; null for the
 * first period, whose start the order decides) and its maximum days. Null when the chain is used
 * up, or when `facts` says the offence does not allow the next extension: later ones in the chain
 * cannot be reached without it.
 */
export function nextDetention(
  ruleSet: RuleSet,
  previous: readonly DetentionPeriod[],
  facts?: { threatYears: number },
): NextDetention | null {
  const chain = chronological(previous);
  const rule = ruleSet.detention[nextIndex(ruleSet, chain)];
  if (!rule) return null;
  if (facts && rule.minThreatYears !== null && facts.threatYears < rule.minThreatYears) return null;
  return { kind: rule.kind, start: dayAfter(chain.at(-1)), days: rule.days };
}
