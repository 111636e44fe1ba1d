// How the renderer reaches the core: Electron's preload bridge in the app, HTTP to the preview
// server in a plain browser. Both carry the same contract and return the same envelopes.
import type { Envelope, Progress } from '../../../shared/ipc/contract';

export type CallOptions = { onProgress?: (p: Progress) => void; signal?: AbortSignal; lang?: 'id' | 'en' };
export type Transport = (channel: string, input: unknown, options: CallOptions) => Promise<Envelope>;

/** What the preload exposes (src/preload/index.ts). */
export type Bridge = {
  invoke: (channel: string, input: unknown) => Promise<Envelope>;
  on: (event: 'progress', listener: (p: Progress) => void) => () => void;
  /** The full path of a file dropped on the page (Electron's webUtils.getPathForFile). */
  getPathForFile?: (file: File) => string;
};

declare global {
  interface Window {
    berkas?: Bridge;
  }
}

const offline: Envelope = { ok: false, error: { code: 'IO_ERROR', message: 'Tidak dapat menghubungi inti Berkas.', params: {} } };
const cancelled: Envelope = { ok: false, error: { code: 'CANCELLED', message: 'Dibatalkan.', params: {} } };

export function electronTransport(bridge: Bridge): Transport {
  return async (channel, input, options) => {
    const off = options.onProgress ? bridge.on('progress', options.onProgress) : null;
    try {
      return await bridge.invoke(channel, input);
    } finally {
      off?.();
    }
  };
}

/** The preview server's API: the token comes from the URL fragment and is sent as a header. */
export function httpTransport(token: string): Transport {
  return async (channel, input, options) => {
    let response: Response;
    try {
      response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-berkas-token': token, 'x-berkas-lang': options.lang ?? 'id' },
        body: JSON.stringify({ input }),
        signal: options.signal,
      });
    } catch {
      return options.signal?.aborted ? cancelled : offline;
    }
    if (!response.ok || !response.body) return offline;
    // NDJSON: progress lines, then one result line.
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch {
        // The page aborted the call (closing the connection cancels it in the core), or the server went away.
        return options.signal?.aborted ? cancelled : offline;
      }
      const { value, done } = chunk;
      if (done) break;
      buffered += value;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as { progress?: Progress; result?: Envelope };
        buffered = buffered.slice(newline + 1);
        if (line.progress) options.onProgress?.(line.progress);
        if (line.result) return line.result;
        newline = buffered.indexOf('\n');
      }
    }
    return offline;
  };
}

/** The transport this page can use: the bridge in Electron, else the preview server's token. */
export function detectTransport(): Transport | null {
  if (window.berkas) return electronTransport(window.berkas);
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token) return null;
  // Keep the token out of the address bar and history once read.
  sessionStorage.setItem('berkas-token', token);
  history.replaceState(null, '', window.location.pathname);
  return httpTransport(token);
}

export function storedTransport(): Transport | null {
  const token = sessionStorage.getItem('berkas-token');
  return token ? httpTransport(token) : null;
}
