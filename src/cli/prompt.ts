// A passphrase prompt that echoes nothing, collecting bytes straight into a Buffer.
import { AppError } from '../shared/errors';

const MAX_BYTES = 1024;

export function promptHidden(question: string): Promise<Buffer> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return Promise.reject(new AppError('NO_PASSPHRASE', { variable: 'BERKAS_PASSPHRASE' }));
  process.stderr.write(question);
  const buf = Buffer.alloc(MAX_BYTES);
  let len = 0;
  return new Promise((resolve, reject) => {
    const finish = (error: Error | null): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) {
        buf.fill(0);
        reject(error);
        return;
      }
      const text = buf.subarray(0, len).toString('utf8').normalize('NFC');
      buf.fill(0);
      resolve(Buffer.from(text, 'utf8'));
    };
    const onData = (chunk: Buffer): void => {
      for (const byte of chunk) {
        if (byte === 0x0d || byte === 0x0a) return finish(null);
        if (byte === 0x03) return finish(new AppError('INVALID_INPUT', { detail: 'cancelled' }));
        if (byte === 0x7f || byte === 0x08) {
          // Drop the last whole UTF-8 character.
          while (len > 0 && ((buf[len - 1] ?? 0) & 0xc0) === 0x80) len -= 1;
          if (len > 0) len -= 1;
          continue;
        }
        if (len < MAX_BYTES) buf[len++] = byte;
      }
      chunk.fill(0);
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
