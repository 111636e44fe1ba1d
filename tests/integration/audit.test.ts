// The audit chain: every change is recorded and signed; `audit verify` finds records edited behind
// the app's back, rewritten rows, changes signed by a role that could not make them, and rows cut
// off the end (with an anchor).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, sessionSigner } from '../../src/core/audit/append';
import { createPerkara } from '../../src/core/services/cases';
import { openConnection, run, sql, transaction } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const parent = tempDir();
const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const creds = (login: string, passphrase = PASS) => ({ kind: 'passphrase' as const, login, passphrase: Buffer.from(passphrase) });

/**
 * A case file with two more users, settings, a passphrase change and two perkara: a realistic chain.
 * Each perkara writes two rows (perkara.create, then perkara_stage.create): 12-13 and 14-15.
 */
async function busyCaseFile(name: string): Promise<{ dir: string; recoveryKey: string }> {
  const made = initCaseFile(parent, name);
  const { dir } = made;
  for (const [login, role] of [
    ['siti', 'penyidik'],
    ['dewi', 'pembaca'],
  ] as const) {
    expect(berkas(['user', 'add', dir, login, '--role', role], { ...budi, BERKAS_NEW_PASSPHRASE: `${login}-frasa-sandi-1` }).code).toBe(0);
  }
  expect(berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN', '--set', 'time-zone=WITA'], budi).code).toBe(0);
  expect(berkas(['passwd', dir], { BERKAS_USER: 'siti', BERKAS_PASSPHRASE: 'siti-frasa-sandi-1', BERKAS_NEW_PASSPHRASE: 'siti-frasa-sandi-2' }).code).toBe(0);
  await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-2'), 'write'), (s) => {
    createPerkara(s, { lpNumber: 'LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', title: 'Eksploitasi anak via MiChat', lpDate: '2025-11-03' });
    createPerkara(s, { lpNumber: 'LP/A/12/I/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', title: 'Pengiriman PMI ilegal', lpDate: '2026-01-14' });
  });
  return made;
}

function verify(dir: string, extra: string[] = []) {
  return berkas(['audit', 'verify', dir, ...extra], budi);
}

/** Runs `fn` on a raw SQLCipher connection, as someone holding the data key but not using Berkas would. */
async function behindTheAppsBack(dir: string, fn: (db: ReturnType<typeof openConnection>) => void): Promise<void> {
  const dek = await using(openCaseFile(dir, creds('budi'), 'read'), (s) => Buffer.from(s.dek));
  const db = openConnection(join(dir, 'case.db'), dek);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

describe('the audit chain', async () => {
  const { dir } = await busyCaseFile('chain');

  it('records every change, signed, and verifies', () => {
    const r = verify(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The audit chain holds: 15 rows/);
    const log = berkas(['audit', 'log', dir, '--limit', '100'], budi).stdout;
    for (const action of ['case_file.create', 'settings.create', 'user.add', 'user_key.add', 'settings.update', 'user.passphrase', 'perkara.create']) {
      expect(log).toContain(action);
    }
    expect(log).toMatch(/siti\s+perkara\.create/);
  });

  it('shows one case\'s rows with --case and the LP number, times in the unit\'s zone', () => {
    const r = berkas(['audit', 'log', dir, '--case', 'LP/A/12/I/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR'], budi);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/WITA\s+siti\s+perkara\.create/);
    expect(lines[1]).toMatch(/WITA\s+siti\s+perkara_stage\.create/);
  });

  it('read-only commands add nothing and change no byte', () => {
    const before = snapshot(dir);
    expect(berkas(['info', dir], budi).code).toBe(0);
    expect(verify(dir).code).toBe(0);
    expect(berkas(['audit', 'log', dir], budi).code).toBe(0);
    expect(berkas(['backup', dir, join(parent, 'chain.bak')], budi).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the database refuses to update or delete an audit row', async () => {
    await behindTheAppsBack(dir, (db) => {
      expect(() => db.prepare("UPDATE audit SET action = 'x' WHERE seq = 3").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit WHERE seq = 13').run()).toThrow(/append-only/);
    });
    expect(verify(dir).code).toBe(0);
  });
});

describe('audit verify finds tampering', () => {
  it('a record changed with a raw SQLCipher connection (triggers intact): exit 1 naming it', async () => {
    const { dir } = await busyCaseFile('raw-edit');
    await behindTheAppsBack(dir, (db) => db.prepare("UPDATE perkara SET title = 'Judul lain' WHERE lp_number LIKE 'LP/A/12/%'").run());
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Record perkara [0-9a-f-]{36} was changed outside Berkas: it differs from its last audit row \(14\)\.$/m);
  });

  it('a user given a role behind the app\'s back is found, as is a deleted record', async () => {
    const { dir } = await busyCaseFile('raw-role');
    await behindTheAppsBack(dir, (db) => {
      db.prepare("UPDATE users SET role = 'atasan' WHERE login = 'dewi'").run();
      db.prepare("DELETE FROM perkara_stage WHERE perkara_id IN (SELECT id FROM perkara WHERE lp_number LIKE 'LP/B/417/%')").run();
      db.prepare("DELETE FROM perkara WHERE lp_number LIKE 'LP/B/417/%'").run();
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Record user .* was changed outside Berkas/);
    expect(r.stdout).toMatch(/Record perkara .* was deleted outside Berkas \(its last audit row is 12\)/);
  });

  it('an audit row rewritten after dropping the trigger: exit 1 naming the row', async () => {
    const { dir } = await busyCaseFile('rewrite');
    await behindTheAppsBack(dir, (db) => {
      db.exec('DROP TRIGGER audit_append_only_update');
      db.prepare("UPDATE audit SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 9").run();
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('Audit row 9 was changed: its hash does not match its content.');
  });

  it('a row rewritten with its hash recomputed still fails: the signature no longer holds', async () => {
    const { dir } = await busyCaseFile('rehash');
    const { rowHash } = await import('../../src/core/audit/canonical');
    await behindTheAppsBack(dir, (db) => {
      db.exec('DROP TRIGGER audit_append_only_update');
      const row = db.prepare('SELECT * FROM audit WHERE seq = 13').get() as Record<string, string | number | null>;
      const at = '2026-01-01T00:00:00.000Z';
      const hash = rowHash(String(row.prev_hash), {
        seq: 13,
        at,
        userId: row.user_id as string,
        perkaraId: row.perkara_id as string,
        action: String(row.action),
        entity: String(row.entity),
        entityId: String(row.entity_id),
        stateHash: row.state_hash as string,
        keyId: Number(row.key_id),
      }).toString('hex');
      db.prepare('UPDATE audit SET at = ?, hash = ? WHERE seq = 13').run(at, hash);
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('The signature of audit row 13 is not valid.');
  });

  it('a change signed by a pembaca with their own valid key: exit 1 (role replay)', async () => {
    const { dir } = await busyCaseFile('role');
    // dewi (pembaca) writes a settings change and signs it herself, bypassing the core's role check.
    await using(openCaseFile(dir, creds('dewi', 'dewi-frasa-sandi-1'), 'write'), (s) =>
      transaction(s.db, () => {
        run(s.db, sql`UPDATE settings SET polda = 'POLDA PALSU' WHERE id = 1`);
        appendAudit(s.db, sessionSigner(s), { action: 'settings.update', entityId: '1' }, s.clock());
      }),
    );
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('Audit row 16: the role pembaca was not allowed to do settings.update at that time.');
  });

  it('a removed user\'s key no longer counts, even with a valid signature', async () => {
    const { dir } = await busyCaseFile('removed');
    // siti signs a perkara change after being removed: replay knows she no longer holds a role.
    await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-2'), 'write'), async (s) => {
      expect(berkas(['user', 'remove', dir, 'siti'], budi).code).toBe(2); // locked by this session
      const signer = sessionSigner(s);
      transaction(s.db, () => {
        run(s.db, sql`UPDATE users SET removed_at = '2026-11-27T00:00:00.000Z', slot_id = NULL WHERE login = 'siti'`);
        appendAudit(s.db, { ...signer, seed: s.signingSeed }, { action: 'user.remove', entityId: signer.userId ?? '' }, s.clock());
      });
    });
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Audit row 16: the role penyidik was not allowed to do user\.remove/);
  });

  it('rows cut off the end: undetectable alone, exit 1 with --anchor set to a removed head', async () => {
    const { dir } = await busyCaseFile('cut');
    const head = /Head: ([0-9a-f]{64})/.exec(verify(dir).stdout)?.[1] ?? '';
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    // Someone with the data key removes the last perkara (with its stage row) and their audit rows,
    // and restores the trigger.
    await behindTheAppsBack(dir, (db) => {
      db.exec('DROP TRIGGER audit_append_only_delete');
      db.prepare('DELETE FROM audit WHERE seq >= 14').run();
      db.prepare("DELETE FROM perkara_stage WHERE perkara_id IN (SELECT id FROM perkara WHERE lp_number LIKE 'LP/A/12/%')").run();
      db.prepare("DELETE FROM perkara WHERE lp_number LIKE 'LP/A/12/%'").run();
      db.exec("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END");
    });
    expect(verify(dir).code).toBe(0);
    const r = verify(dir, ['--anchor', head]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe(`The anchor ${head} is not in the audit chain: rows were cut off its end, or the anchor is from another case file.`);
    const earlier = berkas(['audit', 'log', dir, '--limit', '1'], budi).stdout;
    expect(earlier).toMatch(/^\s+13\s/);
  });

  it('a passphrase reset with the recovery key gives a new signing key; older rows still verify, the old key may no longer sign', async () => {
    const { dir, recoveryKey } = await busyCaseFile('recovery');
    // What someone who kept siti's old slot would hold: her old signing key.
    const old = await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-2'), 'read'), (s) => ({ seed: Buffer.from(s.signingSeed), keyId: s.keyId, userId: s.user?.id ?? '' }));
    const keyFile = join(parent, 'recovery-key.txt');
    writeFileSync(keyFile, recoveryKey);
    const r = berkas(['passwd', dir, '--recovery-key-file', keyFile, '--user', 'siti'], { BERKAS_NEW_PASSPHRASE: 'siti-frasa-sandi-3' });
    expect(r.stderr).toBe('');
    const log = berkas(['audit', 'log', dir, '--limit', '2'], budi).stdout;
    expect(log).toMatch(/\(recovery key\)\s+user_key\.recovery/);
    expect(log).toMatch(/\(recovery key\)\s+user\.recovery/);
    // siti signs with her new key from now on, and everything, old rows included, verifies.
    await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-3'), 'write'), (s) => {
      expect(s.keyId).not.toBe(old.keyId);
      createPerkara(s, { lpNumber: 'LP/B/1/II/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', title: 'Penampungan di Balikpapan Barat', lpDate: '2026-02-09' });
    });
    expect(verify(dir).code).toBe(0);
    // A row signed with the old key after the reset is refused by the key replay.
    await using(openCaseFile(dir, creds('budi'), 'write'), (s) =>
      transaction(s.db, () => {
        run(s.db, sql`UPDATE perkara SET title = 'Diubah dengan kunci lama' WHERE lp_number LIKE 'LP/B/1/II/%'`);
        const id = String(s.db.prepare("SELECT id FROM perkara WHERE lp_number LIKE 'LP/B/1/II/%'").pluck().get());
        appendAudit(s.db, { userId: old.userId, keyId: old.keyId, seed: old.seed }, { action: 'perkara.update', entityId: id, perkaraId: id }, s.clock());
      }),
    );
    const bad = verify(dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim()).toBe(`Audit row 20 is signed with key ${old.keyId}, which was not the signer's key at that time.`);
  });
});
