// Small wrappers over node:crypto for the key slots and signing keys. Keys live in Buffers so they
// can be zeroed; JS strings cannot be.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** AES-256-GCM: returns iv(12) ‖ ciphertext ‖ tag(16). */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** The inverse of `seal`; null when the key is wrong or a byte was changed. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    // Node throws a plain Error with no code for a failed tag: that is the "wrong key" answer.
    return null;
  }
}

export function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, KEY_BYTES));
}

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function signingKeyFromSeed(seed: Uint8Array): KeyObject {
  return createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

/** The raw 32-byte Ed25519 public key of a seed. */
export function publicKeyOfSeed(seed: Uint8Array): Buffer {
  const spki = createPublicKey(signingKeyFromSeed(seed)).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32);
}

export function zero(...buffers: (Uint8Array | null | undefined)[]): void {
  for (const b of buffers) b?.fill(0);
}

// X25519 (RFC 7748) for sealing the data key to a slot's public key, so that `rekey` can give every
// slot a new data key without knowing anyone's passphrase.
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function x25519Private(raw: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([X25519_PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

function x25519Public(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function x25519PublicOf(privateRaw: Uint8Array): Buffer {
  const spki = createPublicKey(x25519Private(privateRaw)).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32);
}

function sealKey(shared: Uint8Array, ephemeralPublic: Uint8Array, recipientPublic: Uint8Array, label: string): Buffer {
  return hkdf(shared, Buffer.concat([ephemeralPublic, recipientPublic]), label);
}

/** Seals `secret` so that only the holder of `recipientPublic`'s private key can open it. */
export function sealTo(recipientPublic: Uint8Array, secret: Uint8Array, label: string): { ephemeral: Buffer; wrapped: Buffer } {
  const ephemeralRaw = randomKey();
  const ephemeral = x25519PublicOf(ephemeralRaw);
  const shared = diffieHellman({ privateKey: x25519Private(ephemeralRaw), publicKey: x25519Public(recipientPublic) });
  const key = sealKey(shared, ephemeral, recipientPublic, label);
  const wrapped = seal(key, secret, Buffer.from(label, 'utf8'));
  zero(ephemeralRaw, shared, key);
  return { ephemeral, wrapped };
}

export function openSealed(recipientPrivate: Uint8Array, ephemeral: Uint8Array, wrapped: Uint8Array, label: string): Buffer | null {
  try {
    const recipientPublic = x25519PublicOf(recipientPrivate);
    const shared = diffieHellman({ privateKey: x25519Private(recipientPrivate), publicKey: x25519Public(ephemeral) });
    const key = sealKey(shared, ephemeral, recipientPublic, label);
    const secret = open(key, wrapped, Buffer.from(label, 'utf8'));
    zero(shared, key);
    return secret;
  } catch {
    return null;
  }
}
