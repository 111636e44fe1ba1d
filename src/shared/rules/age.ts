// Age in full years, on a given calendar date. Whether a person is a child decides which law
// governs them (UU 35/2014 Pasal 1: under 18; UU 11/2012 SPPA for a suspect), and it is taken on
// the first day of the offence, not today.
import { isIsoDate } from './dates';

export const CHILD_UNDER_AGE = 18;

/**
 * Full years between the two dates. The birthday counts as reached when the month-day is the same
 * or later, so someone born on 29 February turns a year older on 1 March in a non-leap year (the
 * usual reading: they have not completed the year on 28 February). Negative before birth.
 */
export function ageOn(birthDate: string, onDate: string): number {
  if (!isIsoDate(birthDate) || !isIsoDate(onDate)) {
    throw new RangeError(`Not calendar dates: ${JSON.stringify([birthDate, onDate])}`);
  }
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // 'MM-DD' strings compare correctly as text.
  return onDate.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function isChildOn(birthDate: string, onDate: string): boolean {
  return ageOn(birthDate, onDate) < CHILD_UNDER_AGE;
}
