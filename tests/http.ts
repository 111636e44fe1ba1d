// Raw HTTP against the preview server, with node:http rather than fetch so that a test controls every
// header (Host and Origin included) and sees every NDJSON line as it arrives.
import { request, type IncomingHttpHeaders, type ClientRequest } from 'node:http';
import type { Envelope, Progress } from '../src/shared/ipc/contract';

export type HttpResult = { status: number; headers: IncomingHttpHeaders; body: string };

export type HttpOptions = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The address connected to (not the Host header); 127.0.0.1 unless told. */
  address?: string;
  /** false: send no Host header at all. */
  setHost?: boolean;
};

export function http(port: number, o: HttpOptions): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: o.address ?? '127.0.0.1', port, method: o.method ?? 'GET', path: o.path, headers: o.headers, setHost: o.setHost ?? true, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

export type Line = { progress: Progress } | { result: Envelope };

/** Headers of a good API call. */
export const apiHeaders = (token: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'content-type': 'application/json',
  'x-berkas-token': token,
  ...extra,
});

/** POST /api/call/CHANNEL; the NDJSON lines of the answer. */
export async function apiCall(port: number, token: string, channel: string, input: unknown, extra: Record<string, string> = {}): Promise<{ status: number; lines: Line[] }> {
  const r = await http(port, { method: 'POST', path: `/api/call/${channel}`, headers: apiHeaders(token, extra), body: JSON.stringify({ input }) });
  const lines = r.body.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  return { status: r.status, lines };
}

/** The envelope of a call that must have answered 200 with a result as its last line. */
export async function apiEnvelope(port: number, token: string, channel: string, input: unknown, extra: Record<string, string> = {}): Promise<Envelope> {
  const { status, lines } = await apiCall(port, token, channel, input, extra);
  if (status !== 200) throw new Error(`${channel}: HTTP ${status}`);
  const last = lines.at(-1);
  if (!last || !('result' in last)) throw new Error(`${channel}: no result line`);
  return last.result;
}

export type StreamedLine = { line: Line; chunk: number };

/**
 * POST /api/call/CHANNEL, reading the answer chunk by chunk: `onLine` sees each line with the number
 * of the network chunk it came in, and gets the request so that it can cut the connection.
 * Resolves with the lines seen when the answer ends or the connection is cut.
 */
export function streamCall(
  port: number,
  token: string,
  channel: string,
  input: unknown,
  onLine: (line: StreamedLine, req: ClientRequest) => void = () => {},
  onSent: (req: ClientRequest) => void = () => {},
): Promise<StreamedLine[]> {
  return new Promise((resolve, reject) => {
    const seen: StreamedLine[] = [];
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        resolve(seen);
      }
    };
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/api/call/${channel}`, headers: apiHeaders(token), agent: false }, (res) => {
      let chunk = 0;
      let rest = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        chunk++;
        rest += text;
        const parts = rest.split('\n');
        rest = parts.pop() ?? '';
        for (const part of parts) {
          if (!part) continue;
          const entry = { line: JSON.parse(part) as Line, chunk };
          seen.push(entry);
          onLine(entry, req);
        }
      });
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
    });
    req.on('error', (e) => (req.destroyed ? finish() : reject(e)));
    req.on('close', finish);
    req.on('finish', () => onSent(req));
    req.end(JSON.stringify({ input }));
  });
}
