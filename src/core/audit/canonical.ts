// The exact bytes that are hashed and signed. docs/case-file-format.md ("Audit chain") describes
// them for independent verifiers: change this only with a new format version.
import { createHash } from 'node:crypto';

export const GENESIS_PREV_HASH = '0'.repeat(64);
const CANONICAL_VERSION = 1;

/** JSON with object keys sorted (by UTF-16 code unit, as JS sorts) and no white space. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export type ChainFields = {
  seq: number;
  at: string;
  userId: string | null;
  perkaraId: string | null;
  action: string;
  entity: string;
  entityId: string;
  stateHash: string | null;
  keyId: number;
};

/** The row as hashed: a JSON array in a fixed order, so no key sorting is needed to reproduce it. */
export function rowText(f: ChainFields): string {
  return JSON.stringify([CANONICAL_VERSION, f.seq, f.at, f.userId, f.perkaraId, f.action, f.entity, f.entityId, f.stateHash, f.keyId]);
}

/** hash = SHA-256(prev_hash as 32 bytes ‖ UTF-8 of rowText). */
export function rowHash(prevHash: string, f: ChainFields): Buffer {
  return createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(rowText(f), 'utf8').digest();
}
