import { describe, expect, it } from 'vitest';
import type { CustodyView } from '../../../../shared/ipc/evidence';
import { changedFacts, custodyTimeline } from './timeline';

let n = 0;
function event(seq: number, at: string, over: Partial<CustodyView> = {}): CustodyView {
  n++;
  return {
    id: `e${seq}`,
    evidenceId: 'bb',
    seq,
    releasedBy: 'IPDA Andi',
    receivedBy: 'Petugas BB',
    at,
    purpose: 'penyimpanan',
    location: 'Ruang BB',
    sealIntact: true,
    note: '',
    corrects: null,
    correctedBy: null,
    createdAt: `2026-11-2${n % 10}T00:00:00.000Z`,
    ...over,
  };
}

describe('the custody timeline', () => {
  it('lists handovers newest first, by the time they happened, then by the order recorded', () => {
    const a = event(1, '2026-11-20T02:00:00.000Z', { purpose: 'penyitaan' });
    const b = event(2, '2026-11-25T02:00:00.000Z', { purpose: 'pemeriksaan_lab' });
    // Recorded later, but it happened before b.
    const c = event(3, '2026-11-22T02:00:00.000Z');
    const d = event(4, '2026-11-22T02:00:00.000Z', { purpose: 'pemeriksaan' });
    expect(custodyTimeline([a, b, c, d]).map((e) => e.current.seq)).toEqual([2, 4, 3, 1]);
  });

  it('shows a correction in place of what it corrects, with the replaced event and what changed', () => {
    const first = event(1, '2026-11-20T02:00:00.000Z', { purpose: 'penyitaan' });
    const lab = event(2, '2026-11-25T02:00:00.000Z', { purpose: 'pemeriksaan_lab', receivedBy: 'Labfor', correctedBy: 'e3' });
    const fix = event(3, '2026-11-25T03:30:00.000+00:00', { purpose: 'pemeriksaan_lab', receivedBy: 'Labfor Polri', corrects: 'e2', note: 'salah nama' });
    const entries = custodyTimeline([first, lab, fix]);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.current.id).toBe('e3');
    expect(entries[0]?.replaced).toEqual([{ event: lab, by: fix, changed: ['at', 'receivedBy'] }]);
    expect(entries[1]).toEqual({ current: first, replaced: [] });
  });

  it('follows a correction of a correction back to the first record, the most recent replacement first', () => {
    const a = event(1, '2026-11-20T02:00:00.000Z', { correctedBy: 'e2' });
    const b = event(2, '2026-11-20T02:00:00.000Z', { corrects: 'e1', correctedBy: 'e3', location: 'Gudang' });
    const c = event(3, '2026-11-20T02:00:00.000Z', { corrects: 'e2', location: 'Gudang BB', sealIntact: false });
    const [entry] = custodyTimeline([c, a, b]);
    expect(entry?.current.id).toBe('e3');
    expect(entry?.replaced.map((r) => [r.event.id, r.by.id, r.changed])).toEqual([
      ['e2', 'e3', ['location', 'sealIntact']],
      ['e1', 'e2', ['location']],
    ]);
  });

  it('compares instants, not their text, and never the note (it holds the reason)', () => {
    const a = event(1, '2026-11-20T10:00:00+08:00', { note: 'semula' });
    const b = event(2, '2026-11-20T02:00:00.000Z', { note: 'alasan koreksi' });
    expect(changedFacts(a, b)).toEqual([]);
  });

  it('keeps an event whose corrected target is not in the list as a handover of its own', () => {
    const orphan = event(5, '2026-11-21T02:00:00.000Z', { corrects: 'gone' });
    expect(custodyTimeline([orphan])).toEqual([{ current: orphan, replaced: [] }]);
  });
});
