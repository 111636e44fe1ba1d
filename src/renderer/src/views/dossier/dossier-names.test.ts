import { describe, expect, it } from 'vitest';
import { cleanPath, defaultPackageName, defaultPdfName, dossierStep, isFullPath } from './dossier-names';

const LP = 'LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';

describe('the export screen, without the core', () => {
  it('suggests names from the case code and the profile', () => {
    expect(defaultPdfName(LP, 'full')).toBe('berkas-perkara-LP-B-417-XI-2025.pdf');
    expect(defaultPdfName(LP, 'deidentified')).toBe('berkas-perkara-LP-B-417-XI-2025-tanpa-identitas.pdf');
    expect(defaultPackageName(LP, 'deidentified')).toBe('paket-berkas-perkara-LP-B-417-XI-2025-tanpa-identitas');
    expect(defaultPdfName('bukan nomor LP', 'full')).toBe('berkas-perkara-perkara.pdf');
  });

  it('tells a full path from a relative one', () => {
    for (const p of ['/home/budi/berkas.pdf', 'C:\\Users\\budi\\berkas.pdf', 'D:/ekspor', '\\\\server\\share\\x.pdf']) expect(isFullPath(p)).toBe(true);
    for (const p of ['berkas.pdf', './x.pdf', '..\\x.pdf', '', 'C:berkas.pdf']) expect(isFullPath(p)).toBe(false);
    expect(cleanPath('  "/home/budi/paket"  ')).toBe('/home/budi/paket');
  });

  it('reads the step of a progress event, and nothing else', () => {
    expect(dossierStep({ step: 'pages', done: 20, total: 31 })).toEqual({ step: 'pages', done: 20, total: 31 });
    expect(dossierStep({ done: 1, total: 2 })).toBeNull();
    expect(dossierStep({ step: 'sealing', done: 1, total: 2 })).toBeNull();
    expect(dossierStep(null)).toBeNull();
  });
});
