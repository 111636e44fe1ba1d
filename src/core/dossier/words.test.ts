import { describe, expect, it } from 'vitest';
import { rupiah, tanggal, ukuran, waktu, waktuLokal } from './words';

describe('dossier words', () => {
  it('writes dates, times and amounts as Indonesian documents do', () => {
    expect(tanggal('2026-11-27')).toBe('27 November 2026');
    expect(tanggal('2026-03-01')).toBe('1 Maret 2026');
    expect(tanggal(null)).toBe('-');
    expect(waktuLokal('2026-10-05T22:15')).toBe('5 Oktober 2026 pukul 22.15');
    expect(waktuLokal('2026-10-05')).toBe('5 Oktober 2026');
    // 16:30 UTC is half past midnight the next day in Balikpapan (WITA), 23:30 in Jakarta (WIB).
    expect(waktu('2026-11-27T16:30:00Z', 'WITA')).toBe('28 November 2026 pukul 00.30 WITA');
    expect(waktu('2026-11-27T16:30:00Z', 'WIB')).toBe('27 November 2026 pukul 23.30 WIB');
    expect(rupiah(1_500_000)).toBe('Rp 1.500.000');
    expect(rupiah(0)).toBe('Rp 0');
    expect(rupiah(null)).toBe('-');
    expect(ukuran(512)).toBe('512 B');
    expect(ukuran(3.4 * 1024 * 1024)).toBe('3,4 MB');
  });
});
