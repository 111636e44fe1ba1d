// The seal and the de-identified profile, checked from outside: `berkas verify` on untouched and
// altered files and packages, `sha256sum -c`, and canary values of every protected person searched
// for in everything a de-identified export leaves the station with (pdftotext, every string qpdf
// decodes, the outline, the metadata, the embedded manifest, the package).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemo, DEMO_LOGIN, type Demo } from '../../src/core/dossier/demo';
import { exportDossier, type DossierExport } from '../../src/core/dossier/export';
import { findPerkara, updatePerkara, getPerkara } from '../../src/core/services/cases';
import { addParty, listParties, updatePerson } from '../../src/core/services/parties';
import { openCaseFile, using } from '../../src/core/store/open';
import type { WriteSession } from '../../src/core/store/session';
import { berkas, tempDir } from '../helpers';

const NOW = new Date('2026-11-28T02:00:00Z');
const PASSPHRASE = 'demo-berkas-untuk-segel';
const run = (cmd: string, args: string[], cwd?: string): string => execFileSync(cmd, args, { encoding: 'utf8', cwd, maxBuffer: 256 * 1024 * 1024 });

const parent = tempDir('berkas-seal-');
let demo: Demo;
let full: DossierExport;
let deid: DossierExport;
let deidPackage: DossierExport;

const withSession = <T>(fn: (s: WriteSession) => T | Promise<T>): Promise<T> =>
  using(openCaseFile(demo.caseDir, { kind: 'passphrase', login: DEMO_LOGIN, passphrase: Buffer.from(PASSPHRASE) }, 'write'), fn);

/**
 * Canary values: everything that identifies a protected person, as recorded and as a text might
 * write it. None may appear in a de-identified export; the full one must show them.
 */
const CANARY = {
  childName: 'Melati Rekaan',
  childGiven: 'Melati',
  childAlias: 'Mawarni',
  childNik: '6471015403100002',
  childNikSpaced: '6471 0154 0310 0002',
  childPhoneIntl: '+62 812-0000-1003',
  childBirth: '14 Maret 2010',
  childSchool: 'SMA (kelas XI)',
  guardian: 'Sumiati',
  adultVictim: 'Dewi',
  reporter: 'Siti',
  reporterPhone: '0812-0000-1006',
  witnessChild: 'Kenanga Larasati',
  witnessChildGiven: 'Kenanga',
  witnessGuardian: 'Wulandari Pertiwi',
  witnessGuardianPhone: '0813 9999 0001',
  witnessAddress: 'Gg. Teratai Ungu No. 4',
} as const;
const CANARY_VALUES = Object.values(CANARY);

/** Which canaries `text` contains, compared case- and accent-insensitively, digits without separators too. */
function leaks(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
  const digits = text.replace(/\D/g, '');
  return CANARY_VALUES.filter((v) => {
    const f = v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const d = v.replace(/\D/g, '');
    return folded.includes(f) || (d.length >= 10 && digits.includes(d.replace(/^62/, '')));
  });
}

beforeAll(async () => {
  demo = await createDemo(join(parent, 'demo'), Buffer.from(PASSPHRASE), { now: NOW });
  // More to protect: a child witness with her guardian, the victim's alias, and the ways a text
  // writes a NIK, a phone and a birth date.
  await withSession(async (s) => {
    const p = findPerkara(s.db, demo.lpNumber);
    if (!p) throw new Error('no case');
    const child = listParties(s.db, p.id).find((x) => x.person.fullName === CANARY.childName);
    if (!child) throw new Error('no child victim');
    updatePerson(s, child.person.id, { alias: CANARY.childAlias }, p.id);
    addParty(
      s,
      p.id,
      { role: 'saksi', guardian: { name: CANARY.witnessGuardian, relation: 'ibu kandung', phone: CANARY.witnessGuardianPhone } },
      { fullName: CANARY.witnessChild, birthDate: '2012-02-02', birthPlace: 'Balikpapan', sex: 'P', address: `${CANARY.witnessAddress}, Kel. Manggar`, phone: '' },
    );
    const resume = getPerkara(s.db, p.id).resume;
    updatePerkara(s, p.id, {
      resume: {
        ...resume,
        fakta: `${resume.fakta}\n5) Anak korban (alias ${CANARY.childAlias}, NIK ${CANARY.childNikSpaced}, telepon ${CANARY.childPhoneIntl}) lahir di Balikpapan, ${CANARY.childBirth}, bersekolah di ${CANARY.childSchool}; ${CANARY.childGiven} tinggal bersama ibunya ${CANARY.guardian}.\n6) Saksi anak ${CANARY.witnessChildGiven} (didampingi ibunya ${CANARY.witnessGuardian}, telepon ${CANARY.witnessGuardianPhone}) tinggal di ${CANARY.witnessAddress}. Pelapor ${CANARY.reporter} dapat dihubungi di ${CANARY.reporterPhone}; korban ${CANARY.adultVictim} kini di rumah aman.`,
      },
    });
    full = await exportDossier(s, p.id, { out: join(parent, 'full.pdf'), now: NOW });
    deid = await exportDossier(s, p.id, { out: join(parent, 'deid.pdf'), profile: 'deidentified', now: NOW });
    deidPackage = await exportDossier(s, p.id, { packageDir: join(parent, 'paket-deid'), profile: 'deidentified', now: NOW });
  });
}, 180_000);

/** Everything a person could read out of a PDF file. */
function readable(file: string): string {
  const qdf = join(parent, `${Math.random().toString(36).slice(2)}.qdf`);
  run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
  const outline = run('qpdf', ['--json', '--json-key=outlines', file]);
  const detached = join(parent, `${Math.random().toString(36).slice(2)}-files`);
  execFileSync('mkdir', ['-p', detached]);
  run('pdfdetach', ['-saveall', '-o', detached, file]);
  const embedded = readdirSync(detached).map((f) => readFileSync(join(detached, f), 'latin1'));
  // PDF strings in the decompressed file: literal (…) and hex <…> (UTF-16 outline titles).
  const raw = readFileSync(qdf, 'latin1');
  const hexStrings = [...raw.matchAll(/<(FEFF[0-9A-Fa-f]*)>/g)].map((m) => Buffer.from(m[1]?.slice(4) ?? '', 'hex').swap16().toString('utf16le'));
  return [run('pdftotext', [file, '-']), run('pdfinfo', [file]), outline, raw, ...hexStrings, ...embedded].join('\n');
}

describe('the seal', () => {
  it('verifies an untouched dossier and package, and sha256sum -c accepts their SHA256SUMS', () => {
    const r = berkas(['verify', full.file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(full.exportNumber);
    expect(r.stdout).toContain(full.sha256);
    expect(run('sha256sum', ['-c', 'SHA256SUMS'], parent)).toMatch(/full\.pdf: OK/);
    const pkg = deidPackage.packageDir ?? '';
    expect(run('sha256sum', ['-c', 'SHA256SUMS'], pkg)).not.toMatch(/FAILED/);
    const p = berkas(['verify', deidPackage.file, '--package', pkg]);
    expect(p.code).toBe(0);
  });

  it('fails with exit 1 for one changed byte anywhere: header, body, xref, trailer, the placeholder itself', () => {
    const bytes = readFileSync(full.file);
    const text = bytes.toString('latin1');
    const places: Record<string, number> = {
      header: 5,
      body: Math.floor(bytes.length / 2),
      xref: text.lastIndexOf('xref') + 10,
      trailer: text.lastIndexOf('startxref') + 12,
      placeholder: text.indexOf('%BERKAS-SEAL-1 ') + 20,
      marker: text.indexOf('%BERKAS-SEAL-1 ') + 3,
    };
    for (const [where, at] of Object.entries(places)) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const file = join(parent, `changed-${where}.pdf`);
      writeFileSync(file, changed);
      const r = berkas(['verify', file]);
      expect(r.code, `${where}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stdout, where).toMatch(/DIFFERS\s+PDF: changed/);
    }
  });

  it('names a changed attachment of a package', async () => {
    const pkg = join(parent, 'paket-full');
    const x = await withSession(async (s) => {
      const p = findPerkara(s.db, demo.lpNumber);
      if (!p) throw new Error('no case');
      return exportDossier(s, p.id, { packageDir: pkg, now: NOW });
    });
    {
      const copy = join(parent, 'paket-changed');
      cpSync(pkg, copy, { recursive: true });
      const photo = join(copy, 'lampiran', 'BB-2', 'bb2-uang-tunai.jpg');
      const b = readFileSync(photo);
      b[b.length - 10] = (b[b.length - 10] ?? 0) ^ 0xff;
      writeFileSync(photo, b);
      const r = berkas(['verify', join(copy, readdirSync(copy).find((f) => f.endsWith('.pdf')) ?? ''), '--package', copy]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/DIFFERS\s+lampiran\/BB-2\/bb2-uang-tunai\.jpg: changed/);
      expect(r.stdout).not.toMatch(/PDF: changed/);
      expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: copy, encoding: 'utf8' }).stdout).toMatch(/bb2-uang-tunai\.jpg: FAILED/);
      expect(x.attachments).toBe(4);
    }
  });

  it('says plainly that a file without a Berkas seal is not a dossier (exit 2)', () => {
    const other = join(parent, 'other.pdf');
    writeFileSync(other, '%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const r = berkas(['verify', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/carries no Berkas seal/);
  });
});

describe('the de-identified profile', () => {
  it('shows every canary in the full dossier (so the search below can find them)', () => {
    const text = run('pdftotext', [full.file, '-']);
    const missing = CANARY_VALUES.filter((v) => !leaks(text).includes(v));
    // The full dossier prints identities as recorded; a few canaries only live in the resume text.
    expect(missing).toEqual([]);
  });

  it('leaves no canary in its text, decoded strings, outline, metadata or embedded manifest', () => {
    expect(leaks(readable(deid.file))).toEqual([]);
    const text = run('pdftotext', ['-layout', deid.file, '-']);
    expect(text).toContain('SALINAN TANPA IDENTITAS');
    expect(text).toContain('Korban-1 (M.R.)');
    // The redaction log lists codes and the articles, never names.
    expect(text).toMatch(/CATATAN PENYAMARAN IDENTITAS/);
    for (const code of ['Korban-1', 'Korban-2', 'Saksi-1', 'Saksi-2']) expect(text).toContain(code);
    expect(text).toMatch(/UU 11\/2012\s+Pasal 19/);
    // The photo that shows the child is withheld, with a placeholder in its place.
    expect(text).toMatch(/\[Foto menampilkan orang yang identitasnya dilindungi/);
    expect(run('pdfimages', ['-list', deid.file]).split('\n').slice(2).filter((l) => l.trim())).toHaveLength(3);
  });

  it('packs only what its PDF may show, and nothing in the package names a protected person', () => {
    const pkg = deidPackage.packageDir ?? '';
    const files = run('find', ['.', '-type', 'f'], pkg).split('\n').filter(Boolean).sort();
    expect(files).toEqual(['./SHA256SUMS', './lampiran/BB-1/bb1-ponsel-belakang.jpg', './lampiran/BB-1/bb1-ponsel-depan.jpg', './lampiran/BB-2/bb2-uang-tunai.jpg', './manifest.json', `./${deidPackage.file.split('/').pop()}`].sort());
    const manifest = JSON.parse(readFileSync(join(pkg, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ profile: 'deidentified', withheld: 1 });
    const everything = files.map((f) => readFileSync(join(pkg, f), 'latin1')).join('\n') + files.join('\n');
    expect(leaks(everything.replace(/%PDF[\s\S]*%%EOF/g, ''))).toEqual([]);
    expect(leaks(readable(deidPackage.file))).toEqual([]);
  });
});
