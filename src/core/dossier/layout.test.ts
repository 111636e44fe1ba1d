import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_KEYS, loadFonts } from './fonts';
import { BODY_WIDTH, createFlow, MARGIN, PAGE_HEIGHT, type Faces, type Op, type Page } from './layout';
import { makeFace } from './text';

let faces: Faces;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = loadFonts();
  faces = {} as Faces;
  for (const key of FONT_KEYS) faces[key] = makeFace(fonts[key], await doc.embedFont(fonts[key].bytes, { subset: true }));
});

const texts = (page: Page | undefined): Extract<Op, { t: 'text' }>[] => (page?.ops ?? []).flatMap((op) => (op.t === 'text' ? [op] : []));

describe('dossier layout', () => {
  it('splits a long table between rows and repeats its header on every page', () => {
    const flow = createFlow(faces);
    flow.heading('DAFTAR SAKSI', 1, { key: 'saksi' });
    const rows = Array.from({ length: 120 }, (_, i) => [
      { text: String(i + 1), field: 'no' },
      { text: `Saksi Nomor ${i + 1}`, field: 'nama' },
      { text: i % 7 === 0 ? 'Jl. Contoh Panjang Sekali No. 12, RT 003, Kel. Manggar, Kec. Balikpapan Timur, Kota Balikpapan' : 'Balikpapan', field: 'alamat' },
    ]);
    flow.table([{ title: 'No.', width: 5 }, { title: 'Nama', width: 30 }, { title: 'Alamat', width: 65 }], rows);
    expect(flow.pages.length).toBeGreaterThan(2);
    for (const page of flow.pages) {
      const words = texts(page);
      expect(words.filter((w) => w.text === 'Nama' && w.font === 'bold')).toHaveLength(1);
      // Nothing below the bottom margin, nothing right of the body column.
      for (const w of words) {
        expect(w.y).toBeGreaterThanOrEqual(MARGIN.bottom);
        expect(w.x).toBeGreaterThanOrEqual(MARGIN.left);
      }
    }
    // Every row is on exactly one page, whole: its number and its name on the same page.
    for (let i = 1; i <= 120; i++) {
      const onPages = flow.pages.filter((p) => texts(p).some((w) => w.text === `Saksi Nomor ${i}`));
      expect(onPages).toHaveLength(1);
      expect(texts(onPages[0]).some((w) => w.text === String(i))).toBe(true);
    }
  });

  it('splits a row taller than a page across pages rather than losing its end', () => {
    const flow = createFlow(faces);
    const words = Array.from({ length: 3000 }, (_, i) => `kata${i}`);
    flow.table([{ title: 'No.', width: 5 }, { title: 'Catatan', width: 95 }], [[{ text: '1', field: 'no' }, { text: words.join(' '), field: 'catatan' }]]);
    expect(flow.pages.length).toBeGreaterThan(2);
    const drawn = flow.pages.flatMap((p) => texts(p).filter((w) => w.font === 'serif').flatMap((w) => w.text.split(' ')));
    expect(drawn.filter((w) => w.startsWith('kata'))).toEqual(words);
    for (const page of flow.pages) expect(texts(page).filter((w) => w.text === 'Catatan')).toHaveLength(1);
  });

  it('keeps a heading with what follows it, and starts each section on a page of its own', () => {
    const flow = createFlow(faces);
    flow.heading('RESUME', 1, { key: 'resume' });
    // Fill the page until less than four lines are left.
    while (flow.room() > 40) flow.paragraph('Baris pengisi halaman.', 'isi');
    flow.heading('Fakta-Fakta', 2, { key: 'fakta' });
    flow.paragraph('Isi sesudah judul.', 'fakta');
    expect(flow.pages).toHaveLength(2);
    expect(texts(flow.pages[1]).map((w) => w.text)).toEqual(['Fakta-Fakta', 'Isi sesudah judul.']);
    flow.heading('LAPORAN POLISI', 1, { key: 'lp' });
    expect(flow.pages).toHaveLength(3);
    expect(flow.anchors.map((a) => [a.key, a.page])).toEqual([['resume', 0], ['fakta', 1], ['lp', 2]]);
  });

  it('scales an image to the column and to the height it may take', () => {
    const flow = createFlow(faces);
    flow.image(0, 4000, 3000, 500);
    flow.image(1, 1000, 4000, 500);
    const images = flow.pages.flatMap((p) => p.ops.flatMap((op) => (op.t === 'image' ? [op] : [])));
    expect(images[0]?.w).toBeCloseTo(BODY_WIDTH, 6);
    expect(images[0]?.h).toBeCloseTo((BODY_WIDTH * 3) / 4, 6);
    expect(images[1]?.h).toBeCloseTo(500, 6);
    expect(images[1]?.w).toBeCloseTo(125, 6);
    for (const img of images) expect(img.y + img.h).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN.top);
  });
});
