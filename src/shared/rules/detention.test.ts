import { describe, expect, it } from 'vitest';
import { checkDetention, nextDetention, periodEnd, type DetentionFacts, type DetentionPeriod } from './detention';
import { BUILTIN_RULE_SETS } from './rulesets';

const KUHAP = BUILTIN_RULE_SETS['kuhap-1981'];
const SPPA = BUILTIN_RULE_SETS['sppa-2012'];
const ADULT: DetentionFacts = { ageOnOffence: 35, threatYears: 15 };
const CHILD: DetentionFacts = { ageOnOffence: 15, threatYears: 15 };
const codes = (fs: { code: string }[]): string[] => fs.map((f) => f.code);

const PENYIDIK = { kind: 'penyidik', start: '2022-03-01', days: 20 } satisfies DetentionPeriod;
const PU = { kind: 'perpanjangan_pu', start: '2022-03-21', days: 40 } satisfies DetentionPeriod;

describe('detention periods', () => {
  it('count both the first and the last day', () => {
    expect(periodEnd('2022-03-01', 20)).toBe('2022-03-20');
    expect(periodEnd('2024-02-20', 10)).toBe('2024-02-29');
    expect(periodEnd('2022-03-01', 1)).toBe('2022-03-01');
  });

  it('follow the KUHAP 1981 chain, 20 + 40 + 30 + 30 = 120 days, from 1 March to 28 June 2022', () => {
    // By hand: 1-20 March; 21 March-29 April (11 + 29); 30 April-29 May (1 + 29); 30 May-28 June (2 + 28).
    const expected: Array<DetentionPeriod & { end: string }> = [
      { kind: 'penyidik', start: '2022-03-01', days: 20, end: '2022-03-20' },
      { kind: 'perpanjangan_pu', start: '2022-03-21', days: 40, end: '2022-04-29' },
      { kind: 'perpanjangan_pn_1', start: '2022-04-30', days: 30, end: '2022-05-29' },
      { kind: 'perpanjangan_pn_2', start: '2022-05-30', days: 30, end: '2022-06-28' },
    ];
    const chain: DetentionPeriod[] = [];
    for (const want of expected) {
      const next = nextDetention(KUHAP, chain);
      expect(next).toEqual({ kind: want.kind, start: chain.length ? want.start : null, days: want.days });
      const period: DetentionPeriod = { kind: want.kind, start: want.start, days: want.days };
      expect(checkDetention(KUHAP, chain, period, ADULT)).toEqual({ errors: [], warnings: [] });
      expect(periodEnd(period.start, period.days)).toBe(want.end);
      chain.push(period);
    }
    expect(nextDetention(KUHAP, chain)).toBeNull();
    expect(codes(checkDetention(KUHAP, chain, { kind: 'perpanjangan_pn_2', start: '2022-06-29', days: 30 }, ADULT).errors)).toEqual([
      'DETENTION_NONE_LEFT',
    ]);
  });

  it('follow the SPPA chain for a child, 7 + 8 days', () => {
    const first = { kind: 'penyidik', start: '2022-03-01', days: 7 } satisfies DetentionPeriod;
    expect(checkDetention(SPPA, [], first, CHILD)).toEqual({ errors: [], warnings: [] });
    expect(nextDetention(SPPA, [first])).toEqual({ kind: 'perpanjangan_pu', start: '2022-03-08', days: 8 });
    const second = { kind: 'perpanjangan_pu', start: '2022-03-08', days: 8 } satisfies DetentionPeriod;
    expect(checkDetention(SPPA, [first], second, CHILD)).toEqual({ errors: [], warnings: [] });
    expect(periodEnd(second.start, second.days)).toBe('2022-03-15');
    expect(nextDetention(SPPA, [first, second])).toBeNull();
  });

  it('refuse to detain a child of 13, or a child for an offence under 7 years', () => {
    const first = { kind: 'penyidik', start: '2022-03-01', days: 7 } satisfies DetentionPeriod;
    expect(checkDetention(SPPA, [], first, { ageOnOffence: 13, threatYears: 15 }).errors).toEqual([
      { field: 'detention', code: 'DETENTION_TOO_YOUNG', params: { age: 13, min: 14 } },
    ]);
    expect(checkDetention(SPPA, [], first, { ageOnOffence: 16, threatYears: 5 }).errors).toEqual([
      { field: 'detention', code: 'DETENTION_THREAT_TOO_LOW', params: { threatYears: 5, min: 7 } },
    ]);
    expect(checkDetention(SPPA, [], first, { ageOnOffence: null, threatYears: 15 })).toEqual({
      errors: [],
      warnings: [{ field: 'detention', code: 'DETENTION_AGE_UNKNOWN', params: { min: 14 } }],
    });
  });

  it('refuse a court extension when the offence carries less than 9 years', () => {
    const pn1 = { kind: 'perpanjangan_pn_1', start: '2022-04-30', days: 30 } satisfies DetentionPeriod;
    expect(checkDetention(KUHAP, [PENYIDIK, PU], pn1, { ageOnOffence: 35, threatYears: 6 }).errors).toEqual([
      { field: 'kind', code: 'DETENTION_THREAT_TOO_LOW_FOR_KIND', params: { kind: 'perpanjangan_pn_1', threatYears: 6, min: 9 } },
    ]);
    expect(checkDetention(KUHAP, [PENYIDIK, PU], pn1, { ageOnOffence: 35, threatYears: 9 }).errors).toEqual([]);
    expect(nextDetention(KUHAP, [PENYIDIK, PU], { threatYears: 6 })).toBeNull();
    expect(nextDetention(KUHAP, [PENYIDIK], { threatYears: 6 })?.kind).toBe('perpanjangan_pu');
  });

  it('refuse periods out of order, repeated, or unknown to the rule set', () => {
    expect(checkDetention(KUHAP, [], { ...PU, start: '2022-03-01' }, ADULT).errors).toEqual([
      { field: 'kind', code: 'DETENTION_KIND_ORDER', params: { kind: 'perpanjangan_pu', expectedKind: 'penyidik' } },
    ]);
    expect(codes(checkDetention(KUHAP, [PENYIDIK], { kind: 'perpanjangan_pn_1', start: '2022-03-21', days: 30 }, ADULT).errors)).toEqual([
      'DETENTION_KIND_ORDER',
    ]);
    expect(codes(checkDetention(KUHAP, [PENYIDIK], { ...PENYIDIK, start: '2022-03-21' }, ADULT).errors)).toEqual(['DETENTION_KIND_REPEATED']);
    const first = { kind: 'penyidik', start: '2022-03-01', days: 7 } satisfies DetentionPeriod;
    expect(codes(checkDetention(SPPA, [first], { kind: 'perpanjangan_pn_1', start: '2022-03-08', days: 8 }, CHILD).errors)).toEqual([
      'DETENTION_KIND_UNKNOWN',
    ]);
  });

  it('allow fewer days than the maximum and refuse more', () => {
    expect(checkDetention(KUHAP, [], { ...PENYIDIK, days: 15 }, ADULT).errors).toEqual([]);
    expect(checkDetention(KUHAP, [], { ...PENYIDIK, days: 21 }, ADULT).errors).toEqual([
      { field: 'days', code: 'DETENTION_TOO_LONG', params: { kind: 'penyidik', days: 21, max: 20 } },
    ]);
    expect(codes(checkDetention(KUHAP, [], { ...PENYIDIK, days: 0 }, ADULT).errors)).toEqual(['DETENTION_DAYS_INVALID']);
  });

  it('require an extension to start the day after the previous period ends', () => {
    for (const start of ['2022-03-20', '2022-03-22']) {
      expect(checkDetention(KUHAP, [PENYIDIK], { ...PU, start }, ADULT).errors, start).toEqual([
        { field: 'start', code: 'DETENTION_START', params: { expectedDate: '2022-03-21' } },
      ]);
    }
    // A shorter first period moves the extension earlier: 15 days from 1 March end on 15 March.
    const short = { ...PENYIDIK, days: 15 };
    expect(nextDetention(KUHAP, [short])).toEqual({ kind: 'perpanjangan_pu', start: '2022-03-16', days: 40 });
    expect(codes(checkDetention(KUHAP, [], { ...PENYIDIK, start: '2022-02-30' }, ADULT).errors)).toEqual(['DETENTION_DATE_INVALID']);
  });

  it('refuse the adult rules for a child and the child rules for an adult', () => {
    expect(checkDetention(KUHAP, [], PENYIDIK, { ageOnOffence: 17, threatYears: 15 }).errors).toEqual([
      { field: 'ruleSet', code: 'DETENTION_RULE_SET_MISMATCH', params: { ruleSet: KUHAP.name, age: 17 } },
    ]);
    const first = { kind: 'penyidik', start: '2022-03-01', days: 7 } satisfies DetentionPeriod;
    expect(codes(checkDetention(SPPA, [], first, { ageOnOffence: 18, threatYears: 15 }).errors)).toEqual(['DETENTION_RULE_SET_MISMATCH']);
  });
});
