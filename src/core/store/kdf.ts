// The passphrase key derivation: Argon2id over the login name and passphrase together, with one salt
// per case file. Parameters are stored in keys.json; these are the ones new case files get.
import { argon2id } from 'hash-wasm';
import { normalizeLogin } from '../../shared/domain/user';

export const ARGON2_PARAMS = {
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
  hashLength: 32,
} as const;

export type Argon2Params = {
  algorithm: 'argon2id';
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  hashLength: 32;
};

// Refuse weaker parameters than these even if a keys.json asks for them: a tampered file must not
// be able to make a new slot cheap to attack.
export const ARGON2_MINIMUM = { memoryKiB: 65536, iterations: 3 } as const;

/**
 * The Argon2id password input: lower-case(trim(NFC(login))) ‖ 0x00 ‖ NFC(passphrase), both UTF-8.
 * Returned in a Buffer the caller zeroes.
 */
export function kdfInput(login: string, passphrase: Uint8Array): Buffer {
  const loginBytes = Buffer.from(normalizeLogin(login), 'utf8');
  // Normalised here, not by each front end, so that a passphrase typed as NFD (macOS) derives the
  // same key. The decoded string is a short-lived copy JS gives no way to wipe.
  const pass = Buffer.from(Buffer.from(passphrase).toString('utf8').normalize('NFC'), 'utf8');
  const input = Buffer.concat([loginBytes, Buffer.from([0]), pass]);
  pass.fill(0);
  return input;
}

/** Blocks the calling thread for about half a second: run it off any UI thread. */
export async function deriveKek(
  login: string,
  passphrase: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Buffer> {
  const password = kdfInput(login, passphrase);
  try {
    const out = await argon2id({
      password,
      salt,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      parallelism: params.parallelism,
      hashLength: params.hashLength,
      outputType: 'binary',
    });
    return Buffer.from(out);
  } finally {
    password.fill(0);
  }
}
