import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { makeSlot, newKeysFile, parseKeysFile, serializeKeysFile, unwrapAnySlot } from './keys';

function sample() {
  const dek = randomBytes(32);
  const kekA = randomBytes(32);
  const kekB = randomBytes(32);
  const seed = randomBytes(32);
  const keys = newKeysFile(randomBytes(16), [makeSlot(kekA, dek, seed), makeSlot(kekB, dek, null)]);
  return { dek, kekA, kekB, seed, keys };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'no error';
}

describe('keys.json', () => {
  it('opens the slot a key belongs to, with the data key and signing seed inside', () => {
    const { dek, kekA, kekB, seed, keys } = sample();
    const a = unwrapAnySlot(keys, kekA);
    expect(a?.slotId).toBe(keys.slots[0]?.id);
    expect(a?.dek.equals(dek)).toBe(true);
    expect(a?.signingSeed.equals(seed)).toBe(true);
    const b = unwrapAnySlot(keys, kekB);
    expect(b?.slotId).toBe(keys.slots[1]?.id);
    expect(b?.signingSeed.equals(Buffer.alloc(32))).toBe(true);
    expect(unwrapAnySlot(keys, randomBytes(32))).toBeNull();
  });

  it('binds a wrapped key to its slot id: a slot copied under another id does not open', () => {
    const { kekA, keys } = sample();
    const [first, second] = keys.slots;
    const swapped = { ...keys, slots: [{ id: second?.id ?? '', wrapped: first?.wrapped ?? '' }] };
    expect(unwrapAnySlot(swapped, kekA)).toBeNull();
  });

  it('reads back what it writes, and holds no label naming a user', () => {
    const { keys } = sample();
    const text = serializeKeysFile(keys);
    expect(parseKeysFile(text, '/x')).toEqual(keys);
    expect(Object.keys(JSON.parse(text).slots[0]).sort()).toEqual(['id', 'wrapped']);
  });

  it('tells damage from a wrong passphrase: a changed character fails the checksum', () => {
    const text = serializeKeysFile(sample().keys);
    const i = text.indexOf('"wrapped": "') + 20;
    const damaged = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    expect(codeOf(() => parseKeysFile(damaged, '/x'))).toBe('KEYS_DAMAGED');
    expect(codeOf(() => parseKeysFile(text.slice(0, 100), '/x'))).toBe('KEYS_DAMAGED');
    expect(codeOf(() => parseKeysFile('{"hello": 1}', '/x'))).toBe('KEYS_DAMAGED');
  });

  it('refuses a file from a newer version by name, whatever its shape', () => {
    expect(codeOf(() => parseKeysFile('{"format":"berkas-keys","version":2,"x":[]}', '/x'))).toBe('KEYS_NEWER_VERSION');
  });

  it('refuses Argon2 parameters below the minimum, so an edited file cannot make slots cheap to attack', () => {
    const keys = sample().keys;
    const weak = serializeKeysFile({ ...keys, kdf: { ...keys.kdf, memoryKiB: 1024 } });
    expect(codeOf(() => parseKeysFile(weak, '/x'))).toBe('KEYS_DAMAGED');
  });
});
