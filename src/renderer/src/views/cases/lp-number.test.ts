import { describe, expect, it } from 'vitest';
import { splitLpNumber } from './lp-number';

describe('LP numbers in the list', () => {
  it('splits the distinguishing part from the unit part', () => {
    expect(splitLpNumber('LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR')).toEqual({
      head: 'LP/B/417/XI/2025',
      tail: 'SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR',
    });
    expect(splitLpNumber('LP/A/12/I/2024/SPKT.SATRESKRIM/POLDA KALTIM').head).toBe('LP/A/12/I/2024');
  });

  it('keeps other shapes whole, so nothing is lost', () => {
    expect(splitLpNumber('LP/B/417/XI/2025')).toEqual({ head: 'LP/B/417/XI/2025', tail: null });
    expect(splitLpNumber('Laporan 17 tanpa nomor')).toEqual({ head: 'Laporan 17 tanpa nomor', tail: null });
  });
});
