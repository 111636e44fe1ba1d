// The berkas perkara channels through the one `dispatch` with the real handlers, over a real
// encrypted case file in a temp folder (the fictional example case, imported, with a photo): both
// profiles as single PDFs, a package, the progress steps, a cancel by ticket that leaves no file and
// no export row, refusals (a pembaca, a relative path, a non-empty package folder, a path inside the
// case folder), and "show in folder", which only Electron's main process can answer.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, lockCore, newCoreState } from '../../src/core/ipc/handlers';
import { get, sql } from '../../src/core/store/db';
import type { Envelope, Input, Output, Progress } from '../../src/shared/ipc/contract';
import { DossierProgress } from '../../src/shared/ipc/dossier';
import { ipcClient } from './ipc-client';
import { PASS, ROOT, berkas, initCaseFile, tempDir } from '../helpers';

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const DEWI_PASS = 'dewi-frasa-sandi-1';
const parent = tempDir('berkas-dossier-ipc-');
const out = tempDir('berkas-dossier-ipc-out-');
const state = newCoreState();
const handlers = createHandlers(state, { clock: () => new Date() });
let dir = '';
let perkaraId = '';

const { call, ok } = ipcClient(handlers);

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
function exportRows(): number {
  if (!state.session) throw new Error('not open');
  return get<{ n: number }>(state.session.db, sql`SELECT count(*) AS n FROM dossier_export`)?.n ?? -1;
}
function exportAudits(): number {
  if (!state.session) throw new Error('not open');
  return get<{ n: number }>(state.session.db, sql`SELECT count(*) AS n FROM audit WHERE action = 'dossier.export'`)?.n ?? -1;
}

beforeAll(async () => {
  ({ dir } = initCaseFile(parent, 'dossier'));
  expect(berkas(['settings', dir, '--set', 'time-zone=WITA', '--set', 'satker=POLRESTA BALIKPAPAN'], budi).code).toBe(0);
  expect(berkas(['user', 'add', dir, 'dewi', '--role', 'pembaca'], { ...budi, BERKAS_NEW_PASSPHRASE: DEWI_PASS }).code).toBe(0);
  expect(berkas(['import', dir, join(ROOT, 'docs/examples/kasus-tppo-balikpapan.json')], budi).code).toBe(0);
  await ok('session:unlock', { dir, login: 'budi', passphrase: PASS });
  const list = await ok('perkara:list', {});
  perkaraId = list.rows[0]?.id ?? '';
  // A photo on the first item, so the export has a photo step to report.
  const photo = join(out, 'bb1-foto.jpg');
  await sharp({ create: { width: 640, height: 480, channels: 3, background: '#35618f' } }).jpeg().toFile(photo);
  const items = await ok('evidence:list', { perkaraId });
  const first = items[0];
  if (!first) throw new Error('the example case has no evidence');
  await ok('attachments:add', { evidenceId: first.id, paths: [photo], protected: false });
});

afterAll(() => lockCore(state));

describe('berkas perkara over IPC', () => {
  it('exports the full profile as one PDF, reporting its steps, and records it', async () => {
    const file = join(out, 'lengkap', 'berkas-perkara.pdf');
    mkdirSync(join(out, 'lengkap'));
    const steps: Progress[] = [];
    const done = await ok('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'file', path: file } }, { onProgress: (p) => steps.push(p) });
    expect(done).toMatchObject({ file, packageDir: null, profile: 'full', number: 1, attachments: 0 });
    expect(done.exportNumber).toMatch(/^LP-B-\d+-[IVX]+-\d{4}\/E-1$/);
    expect(done.sha256).toBe(sha256(file));
    expect(done.bytes).toBe(readFileSync(file).length);
    expect(done.pages).toBeGreaterThan(1);
    expect(readFileSync(done.sums, 'utf8')).toContain(`${done.sha256}  berkas-perkara.pdf`);
    // Every progress event carries its step, photos before pages.
    const parsed = steps.map((p) => DossierProgress.parse(p));
    const order = [...new Set(parsed.map((p) => p.step))];
    expect(order).toEqual(['photos', 'pages']);
    expect(parsed.at(-1)).toMatchObject({ step: 'pages' });
    expect(exportRows()).toBe(1);
    expect(exportAudits()).toBe(1);
    expect(berkas(['verify', file]).code).toBe(0);
  });

  it('exports the de-identified profile, numbered on its own content', async () => {
    const file = join(out, 'tanpa-identitas.pdf');
    const done = await ok('dossier:export', { perkaraId, profile: 'deidentified', destination: { kind: 'file', path: file } });
    expect(done).toMatchObject({ file, profile: 'deidentified', number: 2 });
    expect(done.sha256).toBe(sha256(file));
    expect(exportRows()).toBe(2);
    expect(berkas(['verify', file]).code).toBe(0);
  });

  it('writes a package into a new folder: the PDF, the attachments, manifest.json and SHA256SUMS', async () => {
    const pkg = join(out, 'paket');
    const steps: string[] = [];
    const done = await ok('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'package', path: pkg } }, { onProgress: (p) => steps.push(DossierProgress.parse(p).step) });
    expect(done.packageDir).toBe(pkg);
    expect(done.attachments).toBe(1);
    expect(steps).toContain('attachments');
    const names = readdirSync(pkg);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'SHA256SUMS']));
    expect(done.file.startsWith(pkg)).toBe(true);
    expect(done.sha256).toBe(sha256(done.file));
    expect(berkas(['verify', done.file, '--package', pkg]).code).toBe(0);
  });

  it('a cancel by ticket leaves no file and no export row', async () => {
    const rows = exportRows();
    const audits = exportAudits();
    const folder = join(out, 'dibatalkan');
    mkdirSync(folder);
    const file = join(folder, 'berkas-perkara.pdf');
    const ticket = crypto.randomUUID();
    let cancelAnswer: Promise<Envelope<Output<'dossier:cancel'>>> | null = null;
    const r = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'file', path: file }, ticket }, {
      onProgress: () => {
        cancelAnswer ??= call('dossier:cancel', { ticket });
      },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await cancelAnswer).toEqual({ ok: true, value: { cancelled: true } });
    expect(readdirSync(folder)).toEqual([]);
    expect(exportRows()).toBe(rows);
    expect(exportAudits()).toBe(audits);
    // The ticket is gone with its export.
    expect(await ok('dossier:cancel', { ticket })).toEqual({ cancelled: false });

    // The call's own signal (a closed preview connection) cancels a package the same way.
    const pkg = join(out, 'paket-dibatalkan');
    const controller = new AbortController();
    const byCall = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'package', path: pkg } }, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(byCall).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(existsSync(pkg)).toBe(false);
    expect(exportRows()).toBe(rows);
  });

  it('refuses a relative path, a non-empty package folder, a path in the case folder, and a bad shape', async () => {
    const rows = exportRows();
    const relative = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'file', path: 'berkas-perkara.pdf' } });
    expect(relative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync(join(process.cwd(), 'berkas-perkara.pdf'))).toBe(false);
    const relativePackage = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'package', path: 'paket' } });
    expect(relativePackage).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const full = join(out, 'berisi');
    mkdirSync(full);
    writeFileSync(join(full, 'catatan.txt'), 'sudah ada');
    const notEmpty = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'package', path: full } });
    expect(notEmpty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(readdirSync(full)).toEqual(['catatan.txt']);

    const inside = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'file', path: join(dir, 'bocor.pdf') } });
    expect(inside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync(join(dir, 'bocor.pdf'))).toBe(false);

    const badProfile = await call('dossier:export', { perkaraId, profile: 'semua', destination: { kind: 'file', path: join(out, 'x.pdf') } } as unknown as Input<'dossier:export'>);
    expect(badProfile).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await call('dossier:export', { perkaraId, profile: 'full', destination: { kind: 'file', path: join(out, 'x.pdf'), overwrite: true } } as unknown as Input<'dossier:export'>);
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(exportRows()).toBe(rows);
  });

  it('"show in folder" is for Electron\'s main process only: the core answers that it did not', async () => {
    expect(await ok('dossier:showInFolder', { path: join(out, 'tanpa-identitas.pdf') })).toEqual({ shown: false });
  });

  it('refuses a pembaca, writing nothing', async () => {
    const rows = exportRows();
    await ok('session:unlock', { dir, login: 'dewi', passphrase: DEWI_PASS });
    const file = join(out, 'pembaca.pdf');
    const r = await call('dossier:export', { perkaraId, profile: 'deidentified', destination: { kind: 'file', path: file } });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(existsSync(file)).toBe(false);
    expect(exportRows()).toBe(rows);
  });

  it('leaves an audit chain that verifies, with the exports in the case history', async () => {
    await ok('session:unlock', { dir, login: 'budi', passphrase: PASS });
    const history = await ok('audit:case', { perkaraId, limit: 500 });
    const exportRows = history.filter((r) => r.action === 'dossier.export');
    expect(exportRows).toHaveLength(3);
    // The recorded exports, newest first, are the rows the history names.
    const issued = await ok('dossier:list', { perkaraId });
    expect(issued.map((x) => x.id)).toEqual([...exportRows].sort((a, b) => b.seq - a.seq).map((r) => r.entityId));
    expect(issued.every((x) => /^LP-B-517-X-2026\/E-\d+$/.test(x.exportNumber) && /^[0-9a-f]{64}$/.test(x.sha256))).toBe(true);
    lockCore(state);
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });
});
