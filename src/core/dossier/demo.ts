// `berkas demo`: a case file holding the fictional example case of docs/examples, with photos of its
// barang bukti (made here, with the EXIF a phone would write, GPS included, so the dossier shows that
// it removes them), a transfer to the lab, and its dossier exported. Everything in it is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import example from '../../../docs/examples/kasus-tppo-balikpapan.json';
import { importCases } from '../exchange/import';
import { createCaseFile } from '../store/create';
import { openCaseFile, using } from '../store/open';
import { attachFile } from '../services/attachments';
import { findPerkara } from '../services/cases';
import { addCustodyEvent, findEvidence } from '../services/evidence';
import { updateSettings } from '../services/settings';
import { exportDossier, type DossierExport } from './export';

export const DEMO_LOGIN = 'demo';

export type Demo = {
  dir: string;
  caseDir: string;
  recoveryKey: string;
  photos: string[];
  lpNumber: string;
  /** The full dossier, for the prosecutor. */
  dossier: DossierExport;
  /** The de-identified copy. */
  deidentified: DossierExport;
  /** The full dossier as a package with its attachments. */
  package: DossierExport;
};

/** A photo-like JPEG: a coloured scene with a label, and the EXIF of a phone camera. */
async function photo(path: string, label: string, hue: string, orientation: number): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#20252b"/></linearGradient></defs>
    <rect width="1200" height="900" fill="url(#g)"/>
    <rect x="340" y="170" width="520" height="560" rx="40" fill="#15181c" stroke="#d0d4d8" stroke-width="8"/>
    <text x="600" y="830" font-family="DejaVu Sans" font-size="44" fill="#ffffff" text-anchor="middle">${label}</text>
    <text x="40" y="70" font-family="DejaVu Sans" font-size="34" fill="#ffffff">ATAS</text>
  </svg>`;
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 82 })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A145F', ImageDescription: 'Barang bukti (fiktif)' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 50/1 0/1' },
    })
    // sharp keeps the orientation apart from the other tags: set after them, it is written with them.
    .withMetadata({ orientation })
    .toFile(path);
}

/** A chat screenshot as a PNG, as investigators capture them from the seized phone. */
async function screenshot(path: string): Promise<void> {
  const lines = ['Om, ada yang baru. 16 th, masih fresh.', 'Berapa?', '1,5 jt short time. Transfer dulu ya.', 'Ok. Kirim lokasi.'];
  const bubbles = lines
    .map((l, i) => `<rect x="${i % 2 ? 260 : 40}" y="${120 + i * 150}" width="420" height="110" rx="24" fill="${i % 2 ? '#d9fdd3' : '#ffffff'}"/>
      <text x="${i % 2 ? 280 : 60}" y="${185 + i * 150}" font-family="DejaVu Sans" font-size="26" fill="#111">${l}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="760"><rect width="720" height="760" fill="#efeae2"/>
    <rect width="720" height="80" fill="#075e54"/><text x="30" y="52" font-family="DejaVu Sans" font-size="30" fill="#fff">MiChat (tangkapan layar, fiktif)</text>${bubbles}</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(path);
}

export async function createDemo(target: string, passphrase: Uint8Array, options: { now?: Date; onProgress?: (step: string, done: number, total: number) => void } = {}): Promise<Demo> {
  const dir = resolve(target);
  mkdirSync(dir, { recursive: true });
  const created = await createCaseFile({ dir: join(dir, 'demo-tppo'), title: 'Demo TPPO (data fiktif)', login: DEMO_LOGIN, displayName: 'Penyidik Demo', passphrase });
  const photoDir = join(dir, 'foto-barang-bukti');
  mkdirSync(photoDir, { recursive: true });
  const photos = [
    join(photoDir, 'bb1-ponsel-depan.jpg'),
    join(photoDir, 'bb1-ponsel-belakang.jpg'),
    join(photoDir, 'bb1-tangkapan-layar-michat.png'),
    join(photoDir, 'bb2-uang-tunai.jpg'),
  ];
  await photo(photos[0] ?? '', 'BB-1 tampak depan (fiktif)', '#35618f', 1);
  await photo(photos[1] ?? '', 'BB-1 tampak belakang (fiktif)', '#5b3d8f', 6);
  await screenshot(photos[2] ?? '');
  await photo(photos[3] ?? '', 'BB-2 uang tunai (fiktif)', '#2f7d4f', 1);
  writeFileSync(join(photoDir, 'BACA-SAYA.txt'), 'Foto-foto ini dibuat oleh `berkas demo`: gambar buatan, bukan foto sungguhan. EXIF-nya (termasuk GPS) sengaja diisi untuk menunjukkan bahwa berkas perkara membuangnya.\n');

  const exports = await using(openCaseFile(created.dir, { kind: 'passphrase', login: DEMO_LOGIN, passphrase }, 'write'), async (s) => {
    updateSettings(s, {
      unitName: 'POLRESTA BALIKPAPAN',
      unitCode: 'BPP',
      satker: 'POLRESTA BALIKPAPAN',
      polda: 'POLDA KALIMANTAN TIMUR',
      letterhead: ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH KALIMANTAN TIMUR', 'RESOR KOTA BALIKPAPAN', 'Jl. Jenderal Sudirman No. 8, Balikpapan 76111'],
      timeZone: 'WITA',
    });
    const result = await importCases(s, example);
    const lp = result.cases[0]?.lpNumber ?? '';
    const perkara = findPerkara(s.db, lp);
    if (!perkara) throw new Error('the example case did not import');
    const phone = findEvidence(s.db, perkara.id, 1);
    const money = findEvidence(s.db, perkara.id, 2);
    if (!phone || !money) throw new Error('the example case has no evidence items 1 and 2');
    // The photos of the phone show only the phone; the chat screenshot offers the child.
    for (const p of photos.slice(0, 2)) await attachFile(s, { evidenceId: phone.id }, p, { protected: false });
    await attachFile(s, { evidenceId: phone.id }, photos[2] ?? '', { protected: true });
    await attachFile(s, { evidenceId: money.id }, photos[3] ?? '', { protected: false });
    addCustodyEvent(s, phone.id, {
      releasedBy: 'BRIPKA Yoga Pratama (Petugas Barang Bukti)',
      receivedBy: 'Lab. Forensik Digital Polda Kaltim',
      at: '2026-11-02T09:15:00+08:00',
      purpose: 'pemeriksaan_lab',
      location: 'Labfor Polda Kaltim, Balikpapan',
      sealIntact: true,
      note: 'Untuk ekstraksi percakapan MiChat dan WhatsApp',
    });
    const common = { now: options.now, onProgress: options.onProgress };
    return {
      dossier: await exportDossier(s, perkara.id, { ...common, out: join(dir, 'berkas-perkara-demo.pdf') }),
      deidentified: await exportDossier(s, perkara.id, { ...common, profile: 'deidentified', out: join(dir, 'berkas-perkara-demo-tanpa-identitas.pdf') }),
      package: await exportDossier(s, perkara.id, { ...common, packageDir: join(dir, 'paket-berkas-perkara') }),
    };
  });
  return { dir, caseDir: created.dir, recoveryKey: created.recoveryKey, photos, lpNumber: String(example.cases[0]?.lpNumber ?? ''), ...exports };
}
