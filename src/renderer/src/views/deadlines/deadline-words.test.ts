import { describe, expect, it } from 'vitest';
import type { DeadlineView } from '../../../../shared/ipc/records';
import { bySoonest, countOf, kindWord, urgencyOf, urgencyOfDeadline } from './deadline-words';

const base: DeadlineView = {
  perkaraId: 'p',
  lpNumber: 'LP/B/1/XI/2026',
  kind: 'spdp',
  partyId: null,
  subject: null,
  detentionKind: null,
  due: '2026-11-30',
  dueAt: null,
  daysLeft: 2,
  nextStep: null,
};

describe('deadlines in words', () => {
  it('names a detention by who ordered it', () => {
    expect(kindWord({ kind: 'detention', detentionKind: 'perpanjangan_pn_1' })).toBe('perpanjangan_pn_1');
    expect(kindWord({ kind: 'arrest', detentionKind: null })).toBe('arrest');
  });

  it('is red below three days, with the last day and overdue apart', () => {
    expect([-1, 0, 1, 2, 3].map(urgencyOf)).toEqual(['overdue', 'lastDay', 'soon', 'soon', 'later']);
  });

  it('puts the most overdue first, then the soonest, an arrest by its hour', () => {
    const rows: DeadlineView[] = [
      { ...base, daysLeft: 5, due: '2026-12-03' },
      { ...base, kind: 'arrest', daysLeft: 0, due: '2026-11-28', dueAt: '2026-11-28T14:00:00.000Z' },
      { ...base, daysLeft: -3, due: '2026-11-25' },
      { ...base, kind: 'arrest', daysLeft: 0, due: '2026-11-28', dueAt: '2026-11-28T02:00:00.000Z' },
    ];
    expect(rows.sort(bySoonest).map((d) => d.dueAt ?? d.due)).toEqual(['2026-11-25', '2026-11-28T02:00:00.000Z', '2026-11-28T14:00:00.000Z', '2026-12-03']);
    // At 10:00 WITA the arrest that ended at 02:00 UTC (10:00 WITA) is over; the other has hours left.
    const now = Date.parse('2026-11-28T02:00:00.000Z');
    expect(countOf(rows, now)).toMatchObject({ all: 4, overdue: 2, soon: 1, arrest: 2, spdp: 2 });
    expect(urgencyOfDeadline({ daysLeft: 0, dueAt: '2026-11-28T02:00:00.000Z' }, now - 1)).toBe('lastDay');
  });
});
