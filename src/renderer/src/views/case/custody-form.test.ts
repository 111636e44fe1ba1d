import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS } from '../../../../shared/rules/rulesets';
import { defaultStart, detentionPlan, findRuleSet, instantText, localParts, previewEnd, ruleSetRefFor } from './custody-form';

const RULE_SETS = Object.values(BUILTIN_RULE_SETS);
const kuhap = BUILTIN_RULE_SETS['kuhap-1981'];

describe('arrest times', () => {
  it('writes the wall-clock time with the zone offset', () => {
    expect(instantText('2026-03-01', '14:30', 'WITA')).toBe('2026-03-01T14:30:00+08:00');
    expect(instantText('2026-03-01', '14:30', 'WIB')).toBe('2026-03-01T14:30:00+07:00');
    expect(instantText('2026-03-01', '', 'WIT')).toBeNull();
    expect(instantText('2026-02-30', '10:00', 'WIT')).toBeNull();
  });

  it('reads a stored instant back on the unit clock', () => {
    expect(localParts('2026-10-05T14:15:00.000Z', 'WITA')).toEqual({ date: '2026-10-05', time: '22:15' });
    expect(localParts('2026-10-05T20:15:00.000Z', 'WIT')).toEqual({ date: '2026-10-06', time: '05:15' });
    expect(localParts(null, 'WIB')).toEqual({ date: '', time: '' });
  });
});

describe('detention plans', () => {
  it('finds a rule set by id and version, or the latest of an id', () => {
    const v2 = { ...kuhap, version: 2 };
    expect(findRuleSet([...RULE_SETS, v2], 'kuhap-1981@1')?.version).toBe(1);
    expect(findRuleSet([...RULE_SETS, v2], 'kuhap-1981')?.version).toBe(2);
    expect(findRuleSet(RULE_SETS, 'nope@1')).toBeNull();
  });

  it('follows the case rule set for adults and the children set for a child', () => {
    const perkara = { lpDate: '2025-11-20', createdAt: '2025-11-21T00:00:00Z', adultRules: null, childRules: null };
    expect(ruleSetRefFor(perkara, { child: false })).toBe('kuhap-1981');
    expect(ruleSetRefFor({ ...perkara, lpDate: '2026-10-05' }, { child: null })).toBe('kuhap-2025');
    expect(ruleSetRefFor(perkara, { child: true })).toBe('sppa-2012');
    expect(ruleSetRefFor({ ...perkara, adultRules: 'kuhap-2025@1' }, { child: false })).toBe('kuhap-2025@1');
  });

  it('offers the next period, starting the day after the previous ends', () => {
    expect(detentionPlan(kuhap, [], 15)).toEqual({ kind: 'next', next: { kind: 'penyidik', start: null, days: 20 } });
    const first = { kind: 'penyidik' as const, startDate: '2026-03-01', days: 20 };
    expect(detentionPlan(kuhap, [first], 15)).toEqual({ kind: 'next', next: { kind: 'perpanjangan_pu', start: '2026-03-21', days: 40 } });
  });

  it('says why no period is offered', () => {
    const chain = [
      { kind: 'penyidik' as const, startDate: '2026-03-01', days: 20 },
      { kind: 'perpanjangan_pu' as const, startDate: '2026-03-21', days: 40 },
    ];
    expect(detentionPlan(kuhap, chain, 6).kind).toBe('threatTooLow');
    const sppa = BUILTIN_RULE_SETS['sppa-2012'];
    expect(detentionPlan(sppa, [{ kind: 'penyidik', startDate: '2026-03-01', days: 7 }, { kind: 'perpanjangan_pu', startDate: '2026-03-08', days: 8 }], 15)).toEqual({ kind: 'noneLeft' });
  });

  it('starts the first period on the day of the latest arrest', () => {
    const next = { kind: 'penyidik' as const, start: null, days: 20 };
    expect(defaultStart(next, [{ at: '2026-10-05T14:15:00.000Z' }, { at: '2026-10-08T01:00:00.000Z' }], 'WITA', '2026-11-28')).toBe('2026-10-08');
    expect(defaultStart(next, [], 'WITA', '2026-11-28')).toBe('2026-11-28');
    expect(defaultStart({ ...next, start: '2026-03-21' }, [], 'WITA', '2026-11-28')).toBe('2026-03-21');
  });

  it('previews the last day inclusively', () => {
    expect(previewEnd('2026-03-01', 20)).toBe('2026-03-20');
    expect(previewEnd('2026-03-01', 0)).toBeNull();
    expect(previewEnd('', 20)).toBeNull();
  });
});
