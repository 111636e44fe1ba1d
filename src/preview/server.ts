// The preview server (DESIGN.md §3): the same core and dispatch as the Electron app, for a plain
// Chromium, on 127.0.0.1 only. The API needs the per-start token (from the page's URL fragment, sent
// in a header, compared in constant time); every request must name this server in Host (against DNS
// rebinding) and, where the browser sends one, in Origin. Static files need no token and are served
// with the app's CSP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { CSP } from '../shared/security/csp';
import { contentTypeOf } from '../shared/security/content-types';
import type { CoreHost } from '../core/host/client';

export type PreviewServer = { url: string; token: string; port: number; close: () => Promise<void> };

const MAX_BODY = 1024 * 1024;

function headers(res: ServerResponse, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function refuse(res: ServerResponse, status: number, message: string): void {
  headers(res, 'text/plain; charset=utf-8');
  res.statusCode = status;
  res.end(message);
}

function sameToken(given: string | string[] | undefined, token: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const bytes = Buffer.from(given, 'utf8');
  return bytes.length === token.length && timingSafeEqual(bytes, token);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function startPreviewServer(options: { rendererDir: string; host: CoreHost; port?: number }): Promise<PreviewServer> {
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token, 'utf8');
  let port = 0;
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!sameToken(req.headers['x-berkas-token'], tokenBytes)) return refuse(res, 401, 'token required');
    if (path === '/api/ping' && req.method === 'GET') {
      // Answered here, not by the worker: shows that this thread stays free while the core works.
      headers(res, 'application/json');
      return void res.end(JSON.stringify({ ok: true, at: Date.now() }));
    }
    const match = /^\/api\/call\/([a-zA-Z]+:[a-zA-Z]+)$/.exec(path);
    if (!match || req.method !== 'POST') return refuse(res, 404, 'no such endpoint');
    if (String(req.headers['content-type'] ?? '').split(';')[0]?.trim() !== 'application/json') return refuse(res, 415, 'JSON only');
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      return refuse(res, 400, 'the body is not JSON of at most 1 MiB');
    }
    const input = body !== null && typeof body === 'object' && 'input' in body ? body.input : undefined;
    const lang = req.headers['x-berkas-lang'] === 'en' ? 'en' : 'id';
    // Progress streams as NDJSON lines before the result line; a closed connection cancels.
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    headers(res, 'application/x-ndjson');
    const envelope = await options.host.call(match[1] ?? '', input, {
      lang,
      signal: controller.signal,
      onProgress: (progress) => res.write(JSON.stringify({ progress }) + '\n'),
    });
    res.end(JSON.stringify({ result: envelope }) + '\n');
  }

  async function file(res: ServerResponse, path: string): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path === '/' ? '/index.html' : path);
    } catch {
      return refuse(res, 404, 'not found');
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const full = join(options.rendererDir, relative);
    if (relative.startsWith('..') || !full.startsWith(options.rendererDir + sep)) return refuse(res, 404, 'not found');
    try {
      const bytes = await readFile(full);
      headers(res, contentTypeOf(full));
      res.end(bytes);
    } catch {
      refuse(res, 404, 'not found');
    }
  }

  const server = createServer((req, res) => {
    if (!allowedHosts().includes(req.headers.host ?? '')) return refuse(res, 403, 'wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) return refuse(res, 403, 'wrong origin');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const work = path.startsWith('/api/') ? api(req, res, path) : req.method === 'GET' || req.method === 'HEAD' ? file(res, path) : Promise.resolve(refuse(res, 405, 'method not allowed'));
    work.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
