// The berkas perkara as a prosecutor receives it, read back with real tools: pdftotext page by page
// (and its word boxes, for the margins), qpdf's JSON for the outline, pdfinfo for the metadata and
// pdfimages for the embedded photos. The case is the demo's: the fictional example case from
// docs/examples with photos carrying a phone's EXIF (GPS included) and a transfer to the lab.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/core/audit/verify';
import { createDemo, DEMO_LOGIN, type Demo } from '../../src/core/dossier/demo';
import { exportDossier } from '../../src/core/dossier/export';
import { MARGIN, PAGE_WIDTH } from '../../src/core/dossier/layout';
import { findPerkara } from '../../src/core/services/cases';
import { addCustodyEvent, findEvidence } from '../../src/core/services/evidence';
import { listParties, updatePerson } from '../../src/core/services/parties';
import { all, sql } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import type { WriteSession } from '../../src/core/store/session';
import { isAppError } from '../../src/shared/errors';
import { berkas, tempDir } from '../helpers';

const NOW = new Date('2026-11-28T02:00:00Z');
const PASSPHRASE = 'demo-berkas-untuk-uji';
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const parent = tempDir('berkas-dossier-');
let demo: Demo;
let pdf: string;
let pages: string[];

const withSession = <T>(fn: (s: WriteSession) => T | Promise<T>): Promise<T> =>
  using(openCaseFile(demo.caseDir, { kind: 'passphrase', login: DEMO_LOGIN, passphrase: Buffer.from(PASSPHRASE) }, 'write'), fn);

/** The text of page n (from 1), as pdftotext lays it out. */
const pageText = (file: string, n: number): string => run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  demo = await createDemo(join(parent, 'demo'), Buffer.from(PASSPHRASE), { now: NOW });
  pdf = demo.dossier.file;
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  pages = Array.from({ length: count }, (_, i) => pageText(pdf, i + 1));
}, 120_000);

describe('the dossier, read back', () => {
  it('has its sections in the order of TPPO.md, and the five resume headings in theirs', () => {
    const text = squash(pages.join('\n'));
    const headings = [
      'PRO JUSTITIA',
      'BERKAS PERKARA',
      'DAFTAR ISI',
      'RESUME',
      'I. Dasar Penyidikan',
      'II. Uraian Singkat Perkara',
      'III. Fakta-Fakta',
      'IV. Analisis Yuridis',
      'V. Kesimpulan',
      'LAPORAN POLISI',
      'ADMINISTRASI PENYIDIKAN DAN BERITA ACARA',
      'DAFTAR SAKSI',
      'DAFTAR TERSANGKA',
      'DAFTAR BARANG BUKTI',
      'LAMPIRAN: FOTO BARANG BUKTI',
    ];
    let from = 0;
    for (const h of headings) {
      const at = text.indexOf(h, from);
      expect(at, `${h} after position ${from}`).toBeGreaterThan(-1);
      from = at + h.length;
    }
    // Documents in procedural order: Sprindik before SPDP before the BAP before the penyitaan.
    const order = ['Surat Perintah Penyidikan Nomor', 'Surat Pemberitahuan Dimulainya Penyidikan', 'Berita Acara Pemeriksaan Korban Nomor', 'Berita Acara Pemeriksaan Tersangka Nomor', 'Berita Acara Penyitaan Nomor BA.Sita'];
    const body = squash(pages.slice(3).join('\n'));
    const positions = order.map((o) => body.indexOf(o));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints "Halaman X dari Y" and the running stamp on every page', () => {
    const total = pages.length;
    expect(total).toBe(demo.dossier.pages);
    pages.forEach((text, i) => {
      const n = i + 1;
      expect(text).toContain(`Halaman ${n} dari ${total}`);
      expect(text).toContain(`LP-B-517-X-2026-${String(n).padStart(4, '0')}`);
    });
  });

  it('gives each daftar isi entry the page where its heading stands', () => {
    const tocPages = pages.map((t, i) => ({ t, n: i + 1 })).filter((p) => p.t.includes('DAFTAR ISI'));
    expect(tocPages.map((p) => p.n)).toEqual([2]);
    // An entry may wrap: its lines run until the one that ends in its page number.
    const entries: { title: string; page: number }[] = [];
    let pending = '';
    for (const line of tocPages.flatMap((p) => p.t.split('\n'))) {
      if (line.trim() === '' || /DAFTAR ISI|^\s*(Halaman|Berkas Perkara) /.test(line)) continue;
      const m = /^\s*(.*?)[\s.]*\s(\d+)\s*$/.exec(line);
      if (m && m[1] !== undefined) {
        entries.push({ title: squash(`${pending} ${m[1]}`), page: Number(m[2]) });
        pending = '';
      } else pending = `${pending} ${line}`;
    }
    // The sections, every document and every item: more than 30 entries in the demo case.
    expect(entries.length).toBeGreaterThan(30);
    for (const { title, page } of entries) {
      if (title === 'Daftar Isi') continue;
      expect(squash(pages[page - 1] ?? ''), `"${title}" on page ${page}`).toContain(title);
      // ... and not already on an earlier page of the body (the daftar isi itself aside).
      for (let n = 3; n < page; n++) expect(squash(pages[n - 1] ?? ''), `"${title}" before page ${page}`).not.toContain(title);
    }
  });

  it('has an outline entry for every section, document, item and photo, pointing at its page', () => {
    type Node = { title: string; destpageposfrom1: number; kids: Node[] };
    const outline = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', pdf])).outlines as Node[];
    const top = outline.map((n) => n.title);
    expect(top).toEqual([
      'Sampul',
      'Daftar Isi',
      'RESUME',
      'LAPORAN POLISI',
      'ADMINISTRASI PENYIDIKAN DAN BERITA ACARA',
      'DAFTAR SAKSI',
      'DAFTAR TERSANGKA',
      'DAFTAR BARANG BUKTI',
      'LAMPIRAN: FOTO BARANG BUKTI',
    ]);
    const kids = (title: string): Node[] => outline.find((n) => n.title === title)?.kids ?? [];
    expect(kids('RESUME').map((n) => n.title)).toEqual(['Dasar Penyidikan', 'Uraian Singkat Perkara', 'Fakta-Fakta', 'Analisis Yuridis', 'Kesimpulan']);
    expect(kids('ADMINISTRASI PENYIDIKAN DAN BERITA ACARA')).toHaveLength(23);
    expect(kids('DAFTAR BARANG BUKTI').map((n) => n.title.slice(0, 16))).toEqual(['Barang Bukti 1: ', 'Barang Bukti 2: ', 'Barang Bukti 3: ']);
    expect(kids('LAMPIRAN: FOTO BARANG BUKTI')).toHaveLength(4);
    for (const node of [...outline, ...outline.flatMap((n) => n.kids)]) {
      if (node.title === 'Sampul' || node.title === 'Daftar Isi') continue;
      const title = node.title.length > 40 ? node.title.slice(0, 40) : node.title;
      expect(squash(pages[node.destpageposfrom1 - 1] ?? ''), node.title).toContain(squash(title));
    }
  });

  it('keeps every word inside the margins', () => {
    const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    expect(words.length).toBeGreaterThan(2000);
    const outside = words.filter((w) => Number(w[1]) < MARGIN.left - 0.5 || Number(w[3]) > PAGE_WIDTH - MARGIN.right + 0.5).map((w) => `${w[5]} (${w[1]}–${w[3]})`);
    expect(outside).toEqual([]);
  });

  it('says who made it and when in its metadata', () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/Title:\s+Berkas Perkara LP\/B\/517\/X\/2026/);
    expect(info).toMatch(/Author:\s+POLRESTA BALIKPAPAN/);
    expect(info).toMatch(/Creator:\s+Berkas \S+/);
    expect(info).toMatch(/Producer:\s+Berkas \S+/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    // The cover shows the export number and time in Indonesian, in the unit's zone (WITA).
    expect(squash(pages[0] ?? '')).toContain('Nomor ekspor : LP-B-517-X-2026/E-1');
    expect(squash(pages[0] ?? '')).toContain('Waktu ekspor : 28 November 2026 pukul 10.00 WITA');
  });

  it('embeds the photos without their EXIF, GPS or camera details', () => {
    const list = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(list).toHaveLength(4);
    const out = join(parent, 'images');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('pdfimages', ['-all', pdf, join(out, 'img')]);
    const files = readdirSync(out);
    expect(files).toHaveLength(4);
    for (const f of files) {
      const bytes = readFileSync(join(out, f));
      const latin = bytes.toString('latin1');
      expect(latin, f).not.toContain('Exif');
      expect(latin, f).not.toContain('Samsung');
      expect(latin, f).not.toContain('SM-A145F');
      expect(bytes.includes(Buffer.from([0xff, 0xe1])), `${f} has an APP1 marker`).toBe(false);
    }
    // The originals did carry them.
    expect(readFileSync(demo.photos[0] ?? '').toString('latin1')).toContain('Samsung');
  });

  it('records the export with the final file’s SHA-256 in the audit chain, which still verifies', async () => {
    const bytes = readFileSync(pdf);
    expect(sha256(bytes)).toBe(demo.dossier.sha256);
    await withSession((s) => {
      // The demo exports three times: the full dossier, the de-identified copy, the full one as a package.
      const rows = all<{ state: string }>(s.db, sql`SELECT state FROM audit WHERE action = 'dossier.export' ORDER BY seq`).map((r) => JSON.parse(r.state));
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({ sha256: demo.dossier.sha256, number: 1, profile: 'full', pages: pages.length });
      expect(rows[1]).toMatchObject({ sha256: demo.deidentified.sha256, number: 2, profile: 'deidentified' });
      // The package's PDF is the same export of the same data: the same number and the same bytes.
      expect(rows[2]).toMatchObject({ sha256: demo.dossier.sha256, number: 1, profile: 'full' });
      expect(verifyAudit(s.db).ok).toBe(true);
    });
  });
});

describe('exporting again', () => {
  it('gives the same bytes and number for the same data, and the next number once the case changes', async () => {
    const first = readFileSync(pdf);
    const again = await withSession(async (s) => {
      const p = findPerkara(s.db, demo.lpNumber);
      if (!p) throw new Error('no case');
      return exportDossier(s, p.id, { out: join(parent, 'again.pdf'), now: NOW });
    });
    expect(again.exportNumber).toBe('LP-B-517-X-2026/E-1');
    expect(Buffer.compare(readFileSync(again.file), first)).toBe(0);

    const changed = await withSession(async (s) => {
      const p = findPerkara(s.db, demo.lpNumber);
      const item = p && findEvidence(s.db, p.id, 1);
      if (!p || !item) throw new Error('no case');
      addCustodyEvent(s, item.id, { releasedBy: 'Lab. Forensik Digital Polda Kaltim', receivedBy: 'BRIPKA Yoga Pratama', at: '2026-11-20T10:00:00+08:00', purpose: 'penyimpanan', sealIntact: true });
      return exportDossier(s, p.id, { out: join(parent, 'changed.pdf'), now: NOW });
    });
    expect(changed.exportNumber).toBe('LP-B-517-X-2026/E-3');
    expect(changed.sha256).not.toBe(demo.dossier.sha256);
    expect(squash(pageText(changed.file, 1))).toContain('LP-B-517-X-2026/E-3');
  });

  it('refuses a character no font has, naming the field and the character, and writes nothing', async () => {
    const out = join(parent, 'refused.pdf');
    const error = await withSession(async (s) => {
      const p = findPerkara(s.db, demo.lpNumber);
      const witness = p && listParties(s.db, p.id).find((x) => x.role === 'saksi');
      if (!p || !witness) throw new Error('no witness');
      updatePerson(s, witness.person.id, { occupation: 'Pedagang 🙂' }, p.id);
      const before = all(s.db, sql`SELECT id FROM dossier_export`).length;
      const e = await exportDossier(s, p.id, { out, now: NOW }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(all(s.db, sql`SELECT id FROM dossier_export`)).toHaveLength(before);
      updatePerson(s, witness.person.id, { occupation: 'Pedagang' }, p.id);
      return e;
    });
    expect(isAppError(error) && error.code).toBe('UNPRINTABLE_CHARACTER');
    expect(isAppError(error) && error.params).toMatchObject({ char: '🙂', codePoint: 'U+1F642' });
    expect(isAppError(error) && String(error.params.field)).toContain('pekerjaan');
    expect(existsSync(out)).toBe(false);
  });
});

describe('berkas dossier', () => {
  it('exports by LP number, byte-identical under SOURCE_DATE_EPOCH, and says where in plain words', () => {
    const env = { BERKAS_USER: DEMO_LOGIN, BERKAS_PASSPHRASE: PASSPHRASE, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) };
    const a = berkas(['dossier', demo.caseDir, '--case', demo.lpNumber, '--out', join(parent, 'cli-a.pdf')], env);
    const b = berkas(['dossier', demo.caseDir, '--case', demo.lpNumber, '--out', join(parent, 'cli-b.pdf')], env);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toMatch(/Dossier: .*cli-a\.pdf/);
    expect(Buffer.compare(readFileSync(join(parent, 'cli-a.pdf')), readFileSync(join(parent, 'cli-b.pdf')))).toBe(0);
  });

  it('refuses to write the plaintext PDF inside the case folder', () => {
    const r = berkas(['dossier', demo.caseDir, '--case', demo.lpNumber, '--out', join(demo.caseDir, 'x.pdf')], { BERKAS_USER: DEMO_LOGIN, BERKAS_PASSPHRASE: PASSPHRASE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inside the case folder/);
    expect(existsSync(join(demo.caseDir, 'x.pdf'))).toBe(false);
  });
});
