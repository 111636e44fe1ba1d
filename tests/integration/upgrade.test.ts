// A case file made by an older Berkas: a reader refuses it by name and changes nothing; the first
// open for writing upgrades it, and its audit chain still verifies (records last changed before the
// upgrade still match their rows).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };

describe('upgrading a schema-1 case file', () => {
  it('read-only commands refuse it untouched; the first write upgrades it and the chain verifies', async () => {
    const { dir } = initCaseFile(tempDir(), 'lama');
    expect(berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN'], budi).code).toBe(0);
    // Turn it back into the shape schema 1 had, with the real data key.
    const dek = await using(openCaseFile(dir, { kind: 'passphrase', login: 'budi', passphrase: Buffer.from(PASS) }, 'read'), (s) => Buffer.from(s.dek));
    const db = openConnection(join(dir, 'case.db'), dek);
    db.exec('ALTER TABLE settings DROP COLUMN idle_lock_minutes');
    db.pragma('user_version = 1');
    db.close();

    const before = snapshot(dir);
    const info = berkas(['info', dir], budi);
    expect(info.code).toBe(2);
    expect(info.stderr.trim()).toBe('berkas: This case file uses an older schema (1); open it once to make a change and it will be upgraded to schema 2.');
    expect(snapshot(dir)).toEqual(before);

    expect(berkas(['settings', dir, '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi).code).toBe(0);
    const json = JSON.parse(berkas(['info', dir, '--json'], budi).stdout);
    expect(json).toMatchObject({ schemaVersion: 2, settings: { idleLockMinutes: 10, satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' } });
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
    expect(berkas(['settings', dir, '--set', 'idle-lock-minutes=3'], budi).code).toBe(0);
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });
});
