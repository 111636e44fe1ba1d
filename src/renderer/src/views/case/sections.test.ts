import { describe, expect, it } from 'vitest';
import { isPeopleSection, sectionOf } from './sections';

describe('sections', () => {
  it('opens the named section, by its Indonesian or English name', () => {
    expect(sectionOf('tenggat')).toBe('tenggat');
    expect(sectionOf('deadlines')).toBe('tenggat');
    expect(sectionOf('Dokumen')).toBe('dokumen');
    expect(sectionOf('evidence')).toBe('barang_bukti');
    expect(sectionOf('BB')).toBe('barang_bukti');
    expect(sectionOf('dossier')).toBe('berkas_perkara');
    expect(sectionOf('berkas_perkara')).toBe('berkas_perkara');
    expect(sectionOf(undefined)).toBe('ringkasan');
    expect(sectionOf('nothing')).toBe('ringkasan');
  });

  it('knows which sections list people', () => {
    expect(isPeopleSection('saksi')).toBe(true);
    expect(isPeopleSection('dokumen')).toBe(false);
  });
});
