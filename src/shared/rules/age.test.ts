import { describe, expect, it } from 'vitest';
import { ageOn, isChildOn } from './age';

describe('age on the first day of the offence', () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageOn('1990-08-17', '2025-08-16')).toBe(34);
    expect(ageOn('1990-08-17', '2025-08-17')).toBe(35);
    expect(ageOn('1990-08-17', '2025-12-31')).toBe(35);
  });

  it('is a child at 17 years and 364 days, and not at exactly 18', () => {
    // Born 1 March 2008: the 18th birthday is 1 March 2026, so 28 February 2026 is day 364 of year 17.
    expect(ageOn('2008-03-01', '2026-02-28')).toBe(17);
    expect(isChildOn('2008-03-01', '2026-02-28')).toBe(true);
    expect(ageOn('2008-03-01', '2026-03-01')).toBe(18);
    expect(isChildOn('2008-03-01', '2026-03-01')).toBe(false);
  });

  it('makes someone born on 29 February a year older on 1 March in a non-leap year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(isChildOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(isChildOn('2008-02-29', '2026-03-01')).toBe(false);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('refuses dates that do not exist', () => {
    expect(() => ageOn('2007-02-29', '2026-01-01')).toThrow(RangeError);
  });
});
