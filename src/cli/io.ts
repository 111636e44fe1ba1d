// What every command shares: the language, output, and reading secrets from the environment, a
// file or a hidden prompt. Secrets are turned into NFC UTF-8 Buffers at once; the strings that
// environment variables arrive as cannot be wiped, which is one more reason to prefer a prompt.
import { readFileSync } from 'node:fs';
import { AppError } from '../shared/errors';
import type { Lang } from '../shared/i18n/error-messages';
import { promptHidden } from './prompt';

export type Io = {
  lang: Lang;
  env: NodeJS.ProcessEnv;
  out: (line?: string) => void;
  isTTY: boolean;
};

export function pickLang(env: NodeJS.ProcessEnv, flag?: string): Lang {
  const wanted = (flag ?? env.BERKAS_LANG ?? '').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'id';
}

/** Chooses the sentence for the current language. */
export function t(io: Pick<Io, 'lang'>, id: string, en: string): string {
  return io.lang === 'en' ? en : id;
}

function toSecret(text: string): Buffer {
  return Buffer.from(text.normalize('NFC'), 'utf8');
}

function fromFile(path: string): Buffer {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new AppError('IO_ERROR', { path, detail: 'cannot read the file' });
  }
  // A file written by `echo` ends in a newline that is not part of the secret.
  let end = raw.length;
  if (raw[end - 1] === 0x0a) end -= 1;
  if (raw[end - 1] === 0x0d) end -= 1;
  const secret = toSecret(raw.subarray(0, end).toString('utf8'));
  raw.fill(0);
  return secret;
}

export function actingLogin(io: Io, flag: string | undefined): string {
  const login = flag ?? io.env.BERKAS_USER;
  if (!login) throw new AppError('NO_USER');
  return login;
}

export async function currentPassphrase(io: Io, file: string | undefined): Promise<Buffer> {
  if (file) return fromFile(file);
  if (io.env.BERKAS_PASSPHRASE) return toSecret(io.env.BERKAS_PASSPHRASE);
  if (io.isTTY) return promptHidden(t(io, 'Frasa sandi: ', 'Passphrase: '));
  throw new AppError('NO_PASSPHRASE', { variable: 'BERKAS_PASSPHRASE' });
}

/** A new passphrase: from the environment, or typed twice at a prompt. */
export async function newPassphrase(io: Io, alsoAccept?: string): Promise<Buffer> {
  const fromEnv = io.env.BERKAS_NEW_PASSPHRASE ?? (alsoAccept ? io.env[alsoAccept] : undefined);
  if (fromEnv) return toSecret(fromEnv);
  if (!io.isTTY) throw new AppError('NO_PASSPHRASE', { variable: 'BERKAS_NEW_PASSPHRASE' });
  const first = await promptHidden(t(io, 'Frasa sandi baru (minimal 12 karakter): ', 'New passphrase (12 characters or more): '));
  const second = await promptHidden(t(io, 'Ulangi frasa sandi baru: ', 'Repeat the new passphrase: '));
  const same = first.equals(second);
  second.fill(0);
  if (!same) {
    first.fill(0);
    throw new AppError('INVALID_INPUT', { detail: t(io, 'kedua frasa sandi tidak sama', 'the two passphrases differ') });
  }
  return first;
}

export function recoveryKeyText(io: Io, file: string | undefined): string | null {
  if (file) return fromFile(file).toString('utf8');
  return io.env.BERKAS_RECOVERY_KEY ?? null;
}
