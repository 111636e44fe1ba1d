import { describe, expect, it } from 'vitest';
import { hitCount, ROLE_SECTION } from './search-model';

describe('search model', () => {
  it('opens a person at the section that lists their role', () => {
    expect(ROLE_SECTION.korban).toBe('korban');
    expect(ROLE_SECTION.ahli).toBe('saksi');
    expect(ROLE_SECTION.pelapor).toBe('pelapor');
  });

  it('counts hits across every group', () => {
    expect(hitCount({ persons: [{ name: 'Melati' }], cases: [], documents: [], evidence: [{ number: 1 }, { number: 2 }] })).toBe(3);
    expect(hitCount({ persons: [], cases: [], documents: [], evidence: [] })).toBe(0);
  });
});
