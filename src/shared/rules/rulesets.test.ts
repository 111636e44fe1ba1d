import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS, RuleSet, ruleSetFor } from './rulesets';

const kuhap1981 = BUILTIN_RULE_SETS['kuhap-1981'];

describe('built-in rule sets', () => {
  it('are valid data, each under its own id', () => {
    for (const [id, set] of Object.entries(BUILTIN_RULE_SETS)) {
      expect(RuleSet.parse(set)).toEqual(set);
      expect(set.id).toBe(id);
    }
  });

  it('hold the KUHAP 1981 periods', () => {
    expect(kuhap1981.arrestHours).toBe(24);
    expect(kuhap1981.detention.map((d) => [d.kind, d.days, d.minThreatYears])).toEqual([
      ['penyidik', 20, null],
      ['perpanjangan_pu', 40, null],
      ['perpanjangan_pn_1', 30, 9],
      ['perpanjangan_pn_2', 30, 9],
    ]);
    expect([kuhap1981.spdpDays, kuhap1981.prosecutorAnswerDays, kuhap1981.p19ReturnDays]).toEqual([7, 7, 14]);
  });

  it('hold the SPPA periods for children', () => {
    const sppa = BUILTIN_RULE_SETS['sppa-2012'];
    expect(sppa.appliesTo).toBe('child');
    expect([sppa.arrestHours, sppa.minDetentionAge, sppa.minThreatYearsForDetention]).toEqual([24, 14, 7]);
    expect(sppa.detention.map((d) => [d.kind, d.days])).toEqual([
      ['penyidik', 7],
      ['perpanjangan_pu', 8],
    ]);
  });

  it('mark the KUHAP 2025 periods as unconfirmed copies', () => {
    const kuhap2025 = BUILTIN_RULE_SETS['kuhap-2025'];
    expect(kuhap2025.confirmed).toBe(false);
    expect(kuhap2025.note).toMatch(/BELUM DIKONFIRMASI/);
    expect(kuhap2025.detention).toEqual(kuhap1981.detention);
  });

  it('refuse an edit that breaks the detention chain', () => {
    const [first, second] = kuhap1981.detention;
    expect(RuleSet.safeParse({ ...kuhap1981, detention: [second, first] }).success).toBe(false);
    expect(RuleSet.safeParse({ ...kuhap1981, detention: [first, first] }).success).toBe(false);
    expect(RuleSet.safeParse({ ...kuhap1981, spdpDays: 0 }).success).toBe(false);
  });
});

describe('choosing a rule set', () => {
  it('uses KUHAP 1981 before 2 January 2026 and UU 20/2025 from that day', () => {
    expect(ruleSetFor('2025-12-31', false)).toBe('kuhap-1981');
    expect(ruleSetFor('2026-01-01', false)).toBe('kuhap-1981');
    expect(ruleSetFor('2026-01-02', false)).toBe('kuhap-2025');
  });

  it('uses SPPA for a child whatever the date', () => {
    expect(ruleSetFor('2025-06-01', true)).toBe('sppa-2012');
    expect(ruleSetFor('2026-06-01', true)).toBe('sppa-2012');
  });
});
