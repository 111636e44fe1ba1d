import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { makeSlot, newKeysFile, parseKeysFile, serializeKeysFile, unwrapSlots, sealDataKey } from './keys';

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
  it('opens the slot a key belongs to, reaching the data key and the signing seed', () => {
    const { dek, kekA, kekB, seed, keys } = sample();
    const [a, ...moreA] = unwrapSlots(keys, kekA);
    expect(moreA).toEqual([]);
    expect(a?.slotId).toBe(keys.slots[0]?.id);
    expect(a?.deks.map((d) => d.key.equals(dek))).toEqual([true]);
    expect(a?.signingSeed.equals(seed)).toBe(true);
    const [b] = unwrapSlots(keys, kekB);
    expect(b?.slotId).toBe(keys.slots[1]?.id);
    expect(b?.deks[0]?.key.equals(dek)).toBe(true);
    expect(b?.signingSeed.equals(Buffer.alloc(32))).toBe(true);
    expect(unwrapSlots(keys, randomBytes(32))).toEqual([]);
  });

  it('binds a wrapped key to its slot id: a slot copied under another id does not open', () => {
    const { kekA, keys } = sample();
    const [first, second] = keys.slots;
    if (!first || !second) throw new Error('two slots expected');
    expect(unwrapSlots({ ...keys, slots: [{ ...first, id: second.id }] }, kekA)).toEqual([]);
  });

  it('a new data key sealed to a slot public key opens with that slot alone (rekey needs no passphrase)', () => {
    const { dek, kekA, kekB, keys } = sample();
    const newDek = randomBytes(32);
    const rekeyed = { ...keys, slots: keys.slots.map((s) => ({ ...s, dataKeys: [...s.dataKeys, sealDataKey(s, newDek)] })) };
    for (const kek of [kekA, kekB]) {
      const [content] = unwrapSlots(rekeyed, kek);
      expect(content?.deks.map((d) => d.key.toString('hex'))).toEqual([dek.toString('hex'), newDek.toString('hex')]);
    }
    // The data key sealed to slot A cannot be opened through slot B.
    const [first, second] = rekeyed.slots;
    if (!first || !second) throw new Error('two slots expected');
    const crossed = { ...rekeyed, slots: [{ ...second, dataKeys: first.dataKeys }] };
    expect(unwrapSlots(crossed, kekB)[0]?.deks).toEqual([]);
  });

  it('reads back what it writes, and holds no label naming a user', () => {
    const { keys } = sample();
    const text = serializeKeysFile(keys);
    expect(parseKeysFile(text, '/x')).toEqual(keys);
    expect(Object.keys(JSON.parse(text).slots[0]).sort()).toEqual(['dataKeys', 'id', 'publicKey', 'wrapped']);
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
