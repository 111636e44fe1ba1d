import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, instantFromLocal, isIsoDate, localDate, localDateTime } from './dates';

describe('calendar dates', () => {
  it('accepts only dates that exist', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-12-31', '0099-01-01']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '', '2025-01-01T00:00'])
      expect(isIsoDate(d), d).toBe(false);
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2022-03-01', 19)).toBe('2022-03-20');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts days from one date to another', () => {
    expect(daysBetween('2026-03-01', '2026-03-20')).toBe(19);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-01', '2024-03-01')).toBe(-365);
    expect(daysBetween('2026-03-20', '2026-03-20')).toBe(0);
  });

  it('refuses to compute with a date that does not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', '1 Jan 2025')).toThrow(RangeError);
  });

  it('reads an instant as a date in each Indonesian zone', () => {
    const lastSecond = new Date('2026-03-20T15:59:59Z');
    const midnightWita = new Date('2026-03-20T16:00:00Z');
    expect(localDate(lastSecond, 'WITA')).toBe('2026-03-20');
    expect(localDate(midnightWita, 'WITA')).toBe('2026-03-21');
    expect(localDate(midnightWita, 'WIB')).toBe('2026-03-20');
    expect(localDate(new Date('2026-03-20T15:00:00Z'), 'WIT')).toBe('2026-03-21');
    expect(localDateTime(lastSecond, 'WITA')).toBe('2026-03-20T23:59');
    expect(localDateTime(midnightWita, 'WIB')).toBe('2026-03-20T23:00');
    expect(() => localDate(new Date('nonsense'), 'WIB')).toThrow(RangeError);
  });

  it('turns a wall-clock time in a zone back into the instant', () => {
    expect(instantFromLocal('2026-03-21T00:00', 'WITA').toISOString()).toBe('2026-03-20T16:00:00.000Z');
    expect(instantFromLocal('2026-01-01T06:30', 'WIT').toISOString()).toBe('2025-12-31T21:30:00.000Z');
    expect(instantFromLocal('2026-03-10T14:05', 'WIB').toISOString()).toBe('2026-03-10T07:05:00.000Z');
    for (const bad of ['2026-03-21T24:00', '2026-03-21T10:60', '2026-02-30T10:00', '2026-03-21 10:00', '2026-03-21'])
      expect(() => instantFromLocal(bad, 'WITA'), bad).toThrow(RangeError);
  });
});
