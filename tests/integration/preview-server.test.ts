// The preview server (DESIGN.md §3) over a real core worker and the built renderer: the API answers
// only a caller that knows the token and names this server in Host and Origin; static files are
// served with the app's CSP and never from outside the renderer folder; the socket listens on
// 127.0.0.1 only; and long work streams progress as NDJSON and is cancelled, leaving nothing behind,
// when the caller goes away.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCoreWorker, type CoreHost } from '../../src/core/host/client';
import { createPerkara } from '../../src/core/services/cases';
import { transaction } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server';
import { CSP, CSP_META } from '../../src/shared/security/csp';
import { apiCall, apiEnvelope, apiHeaders, http, streamCall, type StreamedLine } from '../http';
import { PASS, ROOT, tempDir } from '../helpers';

const parent = tempDir('berkas-preview-');
// Built into a folder of this test's own: `npm start` (tests/e2e) rebuilds out/renderer meanwhile.
const build = tempDir('berkas-preview-build-');
const RENDERER = join(build, 'out', 'renderer');
// Files beside the renderer folder that no request may reach.
const CANARY = 'kanari-rahasia-9q';
const creds = { kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(PASS) };

let host: CoreHost;
let server: PreviewServer;
let port: number;
let token: string;

beforeAll(() => {
  // Always built from the current sources, so the test never serves a stale renderer (~7 s).
  execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'error', '--outDir', join(build, 'out')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  expect(existsSync(join(RENDERER, 'index.html'))).toBe(true);
  writeFileSync(join(build, 'secret.txt'), CANARY);
  writeFileSync(join(build, 'out', 'secret.txt'), CANARY);
  mkdirSync(join(build, 'out', 'renderer-sibling'));
  writeFileSync(join(build, 'out', 'renderer-sibling', 'secret.txt'), CANARY);
}, 120_000);

beforeAll(async () => {
  host = startCoreWorker(join(ROOT, 'out', 'preview', 'worker.mjs'));
  server = await startPreviewServer({ rendererDir: RENDERER, host });
  port = server.port;
  token = server.token;
});

afterAll(async () => {
  await server?.close();
  await host?.close();
});

/** A port on which nothing of ours listens, for a Host header that names another server. */
const otherPort = (): number => (port === 65535 ? port - 1 : port + 1);
const good = (): Record<string, string> => apiHeaders(token);
const versionCall = (headers: Record<string, string>, extra: { setHost?: boolean } = {}) =>
  http(port, { method: 'POST', path: '/api/call/app:version', headers, body: JSON.stringify({ input: {} }), ...extra });

describe('the preview server: who may call the API', () => {
  it('starts on 127.0.0.1 with the token in the URL fragment only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a good call with one NDJSON result line holding an envelope', async () => {
    const r = await versionCall(good());
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-ndjson');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const lines = r.body.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual({ result: { ok: true, value: { version: expect.any(String) } } });
  });

  it('accepts the server named as localhost, and its own Origin', async () => {
    expect((await versionCall({ ...good(), host: `localhost:${port}` })).status).toBe(200);
    expect((await versionCall({ ...good(), origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await versionCall({ ...good(), origin: `http://localhost:${port}`, host: `localhost:${port}` })).status).toBe(200);
  });

  it('carries a refusal of the core as an envelope, in the language asked for', async () => {
    const en = await apiEnvelope(port, token, 'caseFile:info', {}, { 'x-berkas-lang': 'en' });
    expect(en).toEqual({ ok: false, error: { code: 'NOT_UNLOCKED', message: 'No case file is open: sign in first.', params: {} } });
    const id = await apiEnvelope(port, token, 'caseFile:info', {});
    expect(id).toEqual({ ok: false, error: { code: 'NOT_UNLOCKED', message: 'Berkas kasus belum dibuka: masuk dahulu.', params: {} } });
    const unknown = await apiEnvelope(port, token, 'nothing:here', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a missing or wrong token with 401, a wrong token of the right length included', async () => {
    const noToken = good();
    delete noToken['x-berkas-token'];
    expect((await versionCall(noToken)).status).toBe(401);
    expect((await versionCall({ ...good(), 'x-berkas-token': '' })).status).toBe(401);
    expect((await versionCall({ ...good(), 'x-berkas-token': 'wrong' })).status).toBe(401);
    // Same length, one byte different: the first, the last, and every byte.
    const flip = (i: number): string => token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
    for (const wrong of [flip(0), flip(token.length - 1), flip(31), token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()]) {
      expect(wrong).toHaveLength(token.length);
      expect(wrong).not.toBe(token);
      expect((await versionCall({ ...good(), 'x-berkas-token': wrong })).status).toBe(401);
    }
    // The right characters but more bytes (a multi-byte character in place of one) and a longer token.
    expect((await versionCall({ ...good(), 'x-berkas-token': token + '0' })).status).toBe(401);
    expect((await versionCall({ ...good(), 'x-berkas-token': token.slice(0, -1) })).status).toBe(401);
    // Not from the query string, a cookie or another header.
    const r = await http(port, {
      method: 'POST',
      path: `/api/call/app:version?token=${token}`,
      headers: { 'content-type': 'application/json', cookie: `token=${token}`, authorization: `Bearer ${token}` },
      body: '{"input":{}}',
    });
    expect(r.status).toBe(401);
    // /api/ping needs it too.
    expect((await http(port, { path: '/api/ping' })).status).toBe(401);
    expect((await http(port, { path: '/api/ping', headers: { 'x-berkas-token': token } })).status).toBe(200);
  });

  it('refuses a foreign Host with 403, even with the token, for the API and static files', async () => {
    for (const h of [`evil.example:${port}`, `127.0.0.1:${otherPort()}`, `localhost:${otherPort()}`, '127.0.0.1', `127.0.0.1.evil.example:${port}`, `[::1]:${port}`, `0.0.0.0:${port}`]) {
      expect((await versionCall({ ...good(), host: h })).status, h).toBe(403);
      expect((await http(port, { path: '/', headers: { host: h } })).status, h).toBe(403);
      expect((await http(port, { path: '/api/ping', headers: { host: h, 'x-berkas-token': token } })).status, h).toBe(403);
    }
    // No Host header at all: Node's HTTP server itself answers 400 before the server's own check.
    expect([400, 403]).toContain((await versionCall(good(), { setHost: false })).status);
  });

  it('refuses a foreign Origin with 403, even with the token, for the API and static files', async () => {
    for (const o of ['http://evil.example', 'null', `http://evil.example:${port}`, `http://127.0.0.1:${otherPort()}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port}/`, '']) {
      expect((await versionCall({ ...good(), origin: o })).status, o).toBe(403);
      expect((await http(port, { path: '/', headers: { origin: o } })).status, o).toBe(403);
    }
  });

  it('refuses a body that is not declared JSON with 415, and one that is not JSON with 400', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await versionCall({ ...good(), 'content-type': type })).status, type).toBe(415);
    }
    const untyped = good();
    delete untyped['content-type'];
    expect((await versionCall(untyped)).status).toBe(415);
    const bad = await http(port, { method: 'POST', path: '/api/call/app:version', headers: good(), body: '{"input":' });
    expect(bad.status).toBe(400);
    const huge = await http(port, { method: 'POST', path: '/api/call/app:version', headers: good(), body: JSON.stringify({ input: {}, pad: 'x'.repeat(1.5 * 1024 * 1024) }) });
    expect(huge.status).toBe(400);
  });

  it('answers an unknown endpoint or method with 404', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['POST', '/api/nothing'],
      ['GET', '/api/call/app:version'],
      ['POST', '/api/call/app:version/extra'],
      ['POST', '/api/call/'],
      ['POST', '/api/call/app%3Aversion%2F..'],
      ['POST', '/api/ping'],
      ['DELETE', '/api/call/app:version'],
    ] as const) {
      const r = await http(port, { method, path, headers: good(), body: '{"input":{}}' });
      expect(r.status, `${method} ${path}`).toBe(404);
    }
  });
});

describe('the preview server: static files', () => {
  it('serves the renderer without a token, with the CSP and nosniff headers; the page repeats the CSP but frame-ancestors', async () => {
    const r = await http(port, { path: '/' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.body).toBe(readFileSync(join(RENDERER, 'index.html'), 'utf8'));
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(r.body)?.[1];
    const decoded = meta?.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    // Browsers ignore frame-ancestors in a <meta> (and say so in the console); it is the header's only extra.
    expect(decoded).toBe(CSP_META);
    expect(CSP).toBe(`${decoded}; frame-ancestors 'none'`);
    expect((await http(port, { path: '/index.html' })).body).toBe(r.body);
  });

  it('serves every built asset with the CSP header and its own type', async () => {
    const assets = readdirSync(join(RENDERER, 'assets'));
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const name of assets) {
      const r = await http(port, { path: `/assets/${name}` });
      expect(r.status, name).toBe(200);
      expect(r.headers['content-security-policy']).toBe(CSP);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      if (name.endsWith('.js')) expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
      if (name.endsWith('.css')) expect(r.headers['content-type']).toBe('text/css; charset=utf-8');
    }
  });

  it('answers 404 to a path that climbs out of the renderer folder, however it is spelled', async () => {
    // Each of these names a file that exists outside the renderer folder (secret.txt one and two
    // levels up, in a sibling folder whose name starts like the renderer's, the main bundle), so a
    // 404 means the server did not go there.
    expect(existsSync(join(RENDERER, '..', 'main', 'index.js'))).toBe(true);
    const absolute = encodeURIComponent(join(build, 'secret.txt'));
    for (const path of [
      '/../secret.txt',
      '/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..%2frenderer-sibling%2fsecret.txt',
      '/%2e%2e/renderer-sibling/secret.txt',
      '/..%2fmain%2findex.js',
      '/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
      `/${absolute}`,
      `/%2f${absolute}`,
      '/index.html%00.js',
    ]) {
      const r = await http(port, { path });
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain(CANARY);
      expect(r.headers['content-security-policy']).toBe(CSP);
    }
    // A path of dots alone is resolved, as a browser resolves it, to the root: the page itself.
    const index = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    for (const path of ['/..', '/%2e%2e', '/../..']) expect((await http(port, { path })).body, path).toBe(index);
  });

  it('answers a malformed escape without serving anything, and keeps serving', async () => {
    // decodeURIComponent throws on `%E0%A4%A`; the server answers 500 rather than 400/404 (harmless).
    const r = await http(port, { path: '/%E0%A4%A' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body).not.toMatch(/URIError|at .*:\d+/);
    expect((await http(port, { path: '/' })).status).toBe(200);
  });

  it('refuses other methods on static files with 405', async () => {
    expect((await http(port, { method: 'POST', path: '/index.html', body: 'x' })).status).toBe(405);
    expect((await http(port, { method: 'PUT', path: '/index.html', body: 'x' })).status).toBe(405);
  });
});

/** Connects to ADDRESS:port; 'connected' or the error code. */
function tryConnect(address: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('TIMEOUT');
    }, 3000);
    socket.on('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(e.code ?? 'error');
    });
  });
}

describe('the preview server: where it listens', () => {
  it('is reachable on 127.0.0.1 and not on another loopback address', async () => {
    expect(await tryConnect('127.0.0.1')).toBe('connected');
    expect(await tryConnect('127.0.0.2')).not.toBe('connected');
    expect(await tryConnect('::1')).not.toBe('connected');
  });

  it("is not reachable on the machine's other addresses", async (ctx) => {
    const others = Object.values(networkInterfaces())
      .flat()
      .flatMap((a) => (a && !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80')) ? [a.address] : []));
    if (others.length === 0) ctx.skip('this machine has no network address besides loopback; nothing else to try');
    for (const address of others) expect(await tryConnect(address), address).not.toBe('connected');
  });
});

describe('the preview server: progress and cancellation', () => {
  let caseDir: string;
  const PERKARA_IN_PROCESS = 2000;
  const PERKARA_BY_API = 20;

  beforeAll(async () => {
    const created = await apiEnvelope(port, token, 'caseFile:create', {
      dir: join(parent, 'tppo-samarinda'),
      title: 'Perkara TPPO Samarinda',
      login: 'budi',
      displayName: 'Budi Santoso',
      passphrase: PASS,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    caseDir = (created.value as { dir: string }).dir;
    // Most rows in one transaction in-process (a call each through the API would take ~20 s, each
    // commit syncing the disk); long fields give a database of ~5 MB, ~80 backup chunks.
    await using(openCaseFile(caseDir, creds, 'write'), (s) =>
      transaction(s.db, () => {
        for (let i = 0; i < PERKARA_IN_PROCESS; i++) {
          createPerkara(s, { lpNumber: `LP/B/${i}/XI/2026/SPKT/`.padEnd(200, 'x'), lpDate: '2026-11-02', title: `Perkara TPPO nomor ${i} `.padEnd(300, 'y') });
        }
      }),
    );
    const unlocked = await apiEnvelope(port, token, 'session:unlock', { dir: caseDir, login: 'budi', passphrase: PASS });
    expect(unlocked).toMatchObject({ ok: true, value: { unlocked: true, user: { login: 'budi' } } });
    for (let i = 0; i < PERKARA_BY_API; i++) {
      const made = await apiEnvelope(port, token, 'perkara:create', { lpNumber: `LP/A/${i}/XI/2026`, title: `Perkara lewat API ${i}`, lpDate: '2026-11-02' });
      expect(made.ok).toBe(true);
    }
    const list = await apiEnvelope(port, token, 'perkara:list', { limit: 1 });
    expect(list).toMatchObject({ ok: true, value: { total: PERKARA_IN_PROCESS + PERKARA_BY_API } });
  });

  /** A folder that must end up empty: waits until it is, then makes sure it stays so. */
  async function expectLeftEmpty(dir: string): Promise<void> {
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual([]), { timeout: 10_000, interval: 50 });
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(dir)).toEqual([]);
  }

  it('streams progress lines before the result line, and the backup is whole', async () => {
    const folder = join(parent, 'cadangan');
    mkdirSync(folder);
    const file = join(folder, 'tppo.bkp');
    const seen = await streamCall(port, token, 'caseFile:backup', { file });
    const progress = seen.filter((s): s is StreamedLine & { line: { progress: { done: number; total: number } } } => 'progress' in s.line);
    const results = seen.filter((s) => 'result' in s.line);
    expect(results).toHaveLength(1);
    expect(seen.at(-1)).toBe(results[0]);
    expect(progress.length).toBeGreaterThan(10);
    const dones = progress.map((p) => p.line.progress.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(dones).size).toBe(dones.length);
    const total = progress[0]?.line.progress.total ?? 0;
    expect(total).toBeGreaterThan(2 * 1024 * 1024);
    expect(progress.every((p) => p.line.progress.total === total)).toBe(true);
    expect(progress.at(-1)?.line.progress.done).toBe(total);
    // Streamed, not buffered: the first progress line came in an earlier network chunk than the result.
    expect(progress[0]?.chunk).toBeLessThan(results[0]?.chunk ?? 0);
    const result = results[0]?.line;
    expect(result).toEqual({ result: { ok: true, value: { file, bytes: statSync(file).size } } });
    expect(readdirSync(folder)).toEqual(['tppo.bkp']);
    console.info(`backup of ${PERKARA_IN_PROCESS + PERKARA_BY_API} perkara: ${total} bytes of database, ${progress.length} progress lines`);
  });

  it('cancels a backup whose caller goes away half-way, leaving no backup, .partial or .db.tmp file', async () => {
    const folder = join(parent, 'batal-tengah');
    mkdirSync(folder);
    let cutAt: { done: number; total: number } | null = null;
    const seen = await streamCall(port, token, 'caseFile:backup', { file: join(folder, 'tppo.bkp') }, ({ line }, req) => {
      if ('progress' in line && !cutAt) {
        cutAt = line.progress;
        req.destroy();
      }
    });
    expect(cutAt).not.toBeNull();
    console.info(`cut after ${JSON.stringify(cutAt)}`);
    expect(seen.some((s) => 'result' in s.line)).toBe(false);
    await expectLeftEmpty(folder);
  });

  it('cancels a backup whose caller goes away before the first progress line', async () => {
    const folder = join(parent, 'batal-awal');
    mkdirSync(folder);
    const seen = await streamCall(port, token, 'caseFile:backup', { file: join(folder, 'tppo.bkp') }, undefined, (req) => req.destroy());
    expect(seen).toEqual([]);
    await expectLeftEmpty(folder);
  });

  it('still works after the cancellations: the session is open and a new backup succeeds', async () => {
    const state = await apiEnvelope(port, token, 'session:state', {});
    expect(state).toMatchObject({ ok: true, value: { unlocked: true, dir: caseDir } });
    const folder = join(parent, 'cadangan-lagi');
    mkdirSync(folder);
    const { status, lines } = await apiCall(port, token, 'caseFile:backup', { file: join(folder, 'lagi.bkp') });
    expect(status).toBe(200);
    expect(lines.at(-1)).toMatchObject({ result: { ok: true } });
    expect(readdirSync(folder)).toEqual(['lagi.bkp']);
  });
});
