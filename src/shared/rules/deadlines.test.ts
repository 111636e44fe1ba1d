import { describe, expect, it } from 'vitest';
import { caseDeadlines, type CaseClocksInput } from './deadlines';
import { BUILTIN_RULE_SETS } from './rulesets';

const ADULT = BUILTIN_RULE_SETS['kuhap-2025'];
const CHILD = BUILTIN_RULE_SETS['sppa-2012'];
type Suspect = CaseClocksInput['suspects'][number];

function input(over: Partial<CaseClocksInput> = {}): CaseClocksInput {
  return {
    perkaraId: 'p1',
    lpNumber: 'LP/B/10/III/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR',
    zone: 'WITA',
    stage: 'penyidikan',
    stages: [
      { stage: 'penyelidikan', date: '2026-02-25' },
      { stage: 'penyidikan', date: '2026-03-01' },
    ],
    documents: [],
    suspects: [],
    adultRuleSet: ADULT,
    ...over,
  };
}

function suspect(over: Partial<Suspect> = {}): Suspect {
  return { partyId: 's1', name: 'Budi', ruleSet: ADULT, arrests: [], detentions: [], ...over };
}

// 20 days from 1 March 2026 run to 20 March 2026 inclusive.
const DETAINED = suspect({ detentions: [{ kind: 'penyidik', start: '2026-03-01', days: 20, endedOn: null }] });
const at = (iso: string): Date => new Date(iso);

describe('detention clock', () => {
  it('turns overdue at midnight in the unit zone: WITA', () => {
    const [lastSecond] = caseDeadlines(input({ suspects: [DETAINED] }), at('2026-03-20T15:59:59Z'));
    expect(lastSecond).toEqual({
      perkaraId: 'p1',
      lpNumber: 'LP/B/10/III/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR',
      kind: 'detention',
      partyId: 's1',
      subject: 'Budi',
      detentionKind: 'penyidik',
      due: '2026-03-20',
      dueAt: null,
      daysLeft: 0,
      nextStep: 'perpanjangan_pu',
    });
    const overdue = caseDeadlines(input({ suspects: [DETAINED] }), at('2026-03-20T16:00:00Z'));
    expect(overdue.map((d) => [d.kind, d.due, d.daysLeft])).toEqual([['detention', '2026-03-20', -1]]);
  });

  it('is still on its last day at those instants in WIB', () => {
    const wib = input({ zone: 'WIB', suspects: [DETAINED] });
    expect(caseDeadlines(wib, at('2026-03-20T15:59:59Z'))[0]?.daysLeft).toBe(0);
    expect(caseDeadlines(wib, at('2026-03-20T16:00:00Z'))[0]?.daysLeft).toBe(0);
  });

  it('follows the latest period, and stops when the suspect is released', () => {
    const extended = suspect({
      detentions: [
        { kind: 'perpanjangan_pu', start: '2026-03-21', days: 40, endedOn: null },
        { kind: 'penyidik', start: '2026-03-01', days: 20, endedOn: null },
      ],
    });
    // 21 March + 40 days inclusive: 11 days of March, 29 of April.
    const [d] = caseDeadlines(input({ suspects: [extended] }), at('2026-03-25T02:00:00Z'));
    expect([d?.detentionKind, d?.due, d?.daysLeft, d?.nextStep]).toEqual(['perpanjangan_pu', '2026-04-29', 35, 'perpanjangan_pn_1']);
    const capped = caseDeadlines(input({ suspects: [{ ...extended, threatYears: 6 }] }), at('2026-03-25T02:00:00Z'));
    expect(capped[0]?.nextStep).toBeNull();
    const released = suspect({ detentions: [{ kind: 'penyidik', start: '2026-03-01', days: 20, endedOn: '2026-03-10' }] });
    expect(caseDeadlines(input({ suspects: [released] }), at('2026-03-12T02:00:00Z'))).toEqual([]);
  });
});

describe('arrest clock', () => {
  // 00:30 WITA on 11 March is still 23:30 WIB on 10 March.
  const arrested = suspect({ arrests: [{ at: '2026-03-10T16:30:00Z', endedAt: null }] });

  it('runs for the rule set hours from the arrest', () => {
    const [wita] = caseDeadlines(input({ suspects: [arrested] }), at('2026-03-11T02:00:00Z'));
    expect(wita).toMatchObject({ kind: 'arrest', partyId: 's1', dueAt: '2026-03-11T16:30:00.000Z', due: '2026-03-12', daysLeft: 1 });
    const [wib] = caseDeadlines(input({ zone: 'WIB', suspects: [arrested] }), at('2026-03-11T02:00:00Z'));
    expect(wib).toMatchObject({ kind: 'arrest', due: '2026-03-11', daysLeft: 0 });
  });

  it('stops when the arrest ends or a detention starts', () => {
    const ended = suspect({ arrests: [{ at: '2026-03-10T16:30:00Z', endedAt: '2026-03-11T01:00:00Z' }] });
    expect(caseDeadlines(input({ suspects: [ended] }), at('2026-03-11T02:00:00Z'))).toEqual([]);
    const detained = { ...arrested, detentions: [{ kind: 'penyidik' as const, start: '2026-03-11', days: 20, endedOn: null }] };
    expect(caseDeadlines(input({ suspects: [detained] }), at('2026-03-11T02:00:00Z')).map((d) => d.kind)).toEqual(['detention']);
  });
});

describe('case clocks', () => {
  const sprindik = [
    { type: 'sprindik', date: '2026-03-05' },
    { type: 'sprindik', date: '2026-03-02' },
  ];

  it('gives the SPDP 7 days after the first Sprindik, until an SPDP exists', () => {
    const [spdp] = caseDeadlines(input({ documents: sprindik }), at('2026-03-09T10:00:00Z'));
    expect(spdp).toMatchObject({ kind: 'spdp', partyId: null, subject: null, due: '2026-03-09', daysLeft: 0 });
    const sent = [...sprindik, { type: 'spdp', date: '2026-03-04' }];
    expect(caseDeadlines(input({ documents: sent }), at('2026-03-09T10:00:00Z'))).toEqual([]);
  });

  it("gives the prosecutor 7 days from the latest tahap I", () => {
    const stages: CaseClocksInput['stages'] = [
      { stage: 'penyidikan', date: '2026-03-01' },
      { stage: 'tahap_1', date: '2026-04-01' },
      { stage: 'dikembalikan', date: '2026-04-07' },
      { stage: 'tahap_1', date: '2026-04-20' },
    ];
    const [answer] = caseDeadlines(input({ stage: 'tahap_1', stages }), at('2026-04-21T02:00:00Z'));
    expect(answer).toMatchObject({ kind: 'prosecutor_answer', due: '2026-04-27', daysLeft: 6 });
  });

  it('gives the investigator 14 days to return the berkas after a P-19', () => {
    const stages: CaseClocksInput['stages'] = [
      { stage: 'tahap_1', date: '2026-04-01' },
      { stage: 'dikembalikan', date: '2026-04-07' },
    ];
    const returned = input({ stage: 'dikembalikan', stages });
    expect(caseDeadlines(returned, at('2026-04-08T02:00:00Z'))[0]).toMatchObject({ kind: 'p19_return', due: '2026-04-21' });
    const laterLetter = { ...returned, documents: [{ type: 'p19', date: '2026-04-09' }] };
    expect(caseDeadlines(laterLetter, at('2026-04-08T02:00:00Z'))[0]?.due).toBe('2026-04-23');
    const oldLetter = { ...returned, documents: [{ type: 'p19', date: '2026-03-30' }] };
    expect(caseDeadlines(oldLetter, at('2026-04-08T02:00:00Z'))[0]?.due).toBe('2026-04-21');
  });

  it('stops every clock at tahap II and SP3', () => {
    const busy = input({ documents: sprindik, suspects: [DETAINED, suspect({ arrests: [{ at: '2026-03-10T16:30:00Z', endedAt: null }] })] });
    expect(caseDeadlines(busy, at('2026-03-11T02:00:00Z')).length).toBe(3);
    expect(caseDeadlines({ ...busy, stage: 'tahap_2' }, at('2026-03-11T02:00:00Z'))).toEqual([]);
    expect(caseDeadlines({ ...busy, stage: 'sp3' }, at('2026-03-11T02:00:00Z'))).toEqual([]);
  });

  it('lists the soonest first, and on the same day by kind', () => {
    const suspects = [
      suspect({ partyId: 'a', name: 'Andi', detentions: [{ kind: 'penyidik', start: '2026-03-01', days: 20, endedOn: null }] }),
      // A child detained 3 March for 7 days: the last day is 9 March, the same day the SPDP is due.
      suspect({ partyId: 'b', name: 'Bayu', ruleSet: CHILD, detentions: [{ kind: 'penyidik', start: '2026-03-03', days: 7, endedOn: null }] }),
      suspect({ partyId: 'c', name: 'Citra', arrests: [{ at: '2026-03-10T16:30:00Z', endedAt: null }] }),
    ];
    const list = caseDeadlines(input({ documents: sprindik, suspects }), at('2026-03-05T00:00:00Z'));
    expect(list.map((d) => [d.kind, d.partyId, d.due, d.daysLeft])).toEqual([
      ['detention', 'b', '2026-03-09', 4],
      ['spdp', null, '2026-03-09', 4],
      ['arrest', 'c', '2026-03-12', 7],
      ['detention', 'a', '2026-03-20', 15],
    ]);
  });
});
