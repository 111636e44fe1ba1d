// The exchange file through the real `berkas` command, on real case files in temp folders: the
// fictional example of docs/examples imports cleanly, refusals name the record and field and leave
// every byte as it was, export → import → export is the identity, and the case list and deadlines
// count days in the unit's zone (WITA).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASS, ROOT, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const EXAMPLE = join(ROOT, 'docs', 'examples', 'kasus-tppo-balikpapan.json');
const LP = 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const LP_P19 = 'LP/B/519/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const NOW = '2026-11-26T09:00:00+08:00';

type Json = Record<string, unknown>;
const example = (): { cases: Array<Json & { parties: Array<Json & { person: Json }>; stages: Json[] }> } => JSON.parse(readFileSync(EXAMPLE, 'utf8'));

const parent = tempDir('berkas-exchange-');
const { dir } = initCaseFile(parent, 'contoh');
const unit = berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN', '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi);
if (unit.code !== 0) throw new Error(unit.stderr);

/** Writes `data` as a JSON file in the temp folder and returns its path. */
function jsonFile(name: string, data: unknown): string {
  const path = join(parent, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

describe('berkas import', () => {
  it('imports the fictional Balikpapan example cleanly, and the audit chain holds after it', () => {
    const r = berkas(['import', dir, EXAMPLE], budi);
    expect(r.stderr).toBe(''); // no terminal, so no progress either
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`  ${LP}\n1 case imported.\n`);
    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.stdout).toMatch(/The audit chain holds/);
    expect(verify.code).toBe(0);
  });

  it('refuses a file with one bad record, naming the record and the field, and writes nothing', () => {
    const bad = example();
    const c = bad.cases[0];
    if (!c) throw new Error('no case in the example');
    c.lpNumber = 'LP/B/518/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
    // The second party (the perekrut) gets a NIK of 15 digits.
    const second = c.parties[1];
    if (!second) throw new Error('no second party');
    second.person.nik = '647101570402000';
    const before = snapshot(dir);
    const r = berkas(['import', dir, jsonFile('nik-15.json', bad)], budi);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      'berkas: cases[0] (LP/B/518/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR) parties[1]: tersangka Yuliana Fiktif: ' +
        'A NIK is exactly 16 digits (this one has 15 characters, not counting spaces, dots and hyphens).',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses the same case twice, naming the LP, and writes nothing', () => {
    const before = snapshot(dir);
    const r = berkas(['import', dir, EXAMPLE], budi);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`berkas: A case with LP number ${LP} is already recorded in this case file; nothing was saved.`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a pembaca, and writes nothing', () => {
    const add = berkas(['user', 'add', dir, 'baca', '--role', 'pembaca'], { ...budi, BERKAS_NEW_PASSPHRASE: 'baca-frasa-sandi-panjang' });
    expect(add.code).toBe(0);
    const other = example();
    if (other.cases[0]) other.cases[0].lpNumber = LP_P19;
    const file = jsonFile('pembaca.json', other);
    const before = snapshot(dir);
    const r = berkas(['import', dir, file], { BERKAS_USER: 'baca', BERKAS_PASSPHRASE: 'baca-frasa-sandi-panjang' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('berkas: The role pembaca may not change case records.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file that is not JSON, naming the file, before asking for anything', () => {
    const path = join(parent, 'bukan.json');
    writeFileSync(path, '{"format": "berkas-cases",');
    const r = berkas(['import', dir, path]); // no user, no passphrase: the file is read first
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Invalid input: ${path} is not valid JSON`);
  });

  it('imports a second case, returned with a P-19, whose people are found by NIK', () => {
    const p19 = example();
    const c = p19.cases[0];
    if (!c) throw new Error('no case in the example');
    // The same people in a second report; the berkas came back with the P-19 of 9 November and has
    // not been sent again. No arrest or detention, so its only clock is the P-19 one.
    Object.assign(c, { lpNumber: LP_P19, stages: c.stages.slice(0, 4), arrests: [], detentions: [] });
    const r = berkas(['import', dir, jsonFile('p19.json', p19)], budi);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`  ${LP_P19}\n1 case imported.\n`);
  });
});

describe('berkas cases and berkas deadlines', () => {
  // Hand count, in WITA. --now 2026-11-26 09:00 WITA, so today is 26 November.
  // LP 517: sent to the prosecutor again (tahap I) on 23 November; the answer is due 7 days after,
  //   the day of sending not counted: 30 November, 4 days left.
  //   Hendra Rekaan: penahanan penyidik 20 days from 6 October, inclusive: 6-25 October. The
  //   prosecutor's extension starts the day after, 26 October, for 40 days: 26 October (day 1) ...
  //   31 October (day 6), 30 November (day 36), 4 December (day 40). 4 December − 26 November = 8.
  //   The pasal threaten 20 years (Pasal 17), 9 or more, so a court extension is still available.
  //   Yuliana Fiktif's arrest ended on 9 October; Hendra's is superseded by his detention; the SPDP
  //   was sent: none of these runs.
  // LP 519: returned with the P-19 on 9 November; the berkas goes back within 14 days: 23 November,
  //   3 days overdue.
  const expected = [
    { lpNumber: LP_P19, kind: 'p19_return', due: '2026-11-23', daysLeft: -3, subject: null, nextStep: null },
    { lpNumber: LP, kind: 'prosecutor_answer', due: '2026-11-30', daysLeft: 4, subject: null, nextStep: null },
    { lpNumber: LP, kind: 'detention', detentionKind: 'perpanjangan_pu', due: '2026-12-04', daysLeft: 8, subject: 'Hendra Rekaan', nextStep: 'perpanjangan_pn_1' },
  ];

  it('deadlines --json: every running clock, soonest first, with the days counted by hand', () => {
    const r = berkas(['deadlines', dir, '--json', '--now', NOW], budi);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject(expected);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  });

  it('deadlines: in words, Indonesian by default, dates as letters write them', () => {
    const r = berkas(['deadlines', dir, '--now', NOW], { ...budi, BERKAS_LANG: 'id' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Sisa\s+Batas waktu\s+Jenis\s+Nomor LP\s+Tersangka\s+Perpanjangan berikutnya$/);
    expect(lines[1]).toMatch(/^lewat 3 hari\s+23 November 2026\s+pengembalian berkas P-19\s+LP\/B\/519\/X\/2026\S* .*\s+-\s+-$/);
    expect(lines[2]).toMatch(/^4 hari lagi\s+30 November 2026\s+jawaban jaksa\s+LP\/B\/517\//);
    expect(lines[3]).toMatch(/^8 hari lagi\s+4 Desember 2026\s+perpanjangan oleh penuntut umum\s+LP\/B\/517\/.*Hendra Rekaan\s+perpanjangan pertama oleh ketua pengadilan negeri$/);
    expect(lines[4]).toBe('3 tenggat berjalan (zona waktu WITA).');
  });

  it('counts the day in WITA, not UTC: 4 December 23:59 WITA is the last day, 00:30 the next is overdue', () => {
    const detention = (now: string): unknown =>
      (JSON.parse(berkas(['deadlines', dir, '--json', '--now', now], budi).stdout) as Json[]).find((d) => d.kind === 'detention')?.daysLeft;
    expect(detention('2026-12-04T15:59:00Z')).toBe(0); // 23:59 WITA on 4 December
    expect(detention('2026-12-04T16:30:00Z')).toBe(-1); // 00:30 WITA on 5 December, still 4 December in UTC
  });

  it('cases: sorted by LP, with the stage and the nearest running deadline', () => {
    const r = berkas(['cases', dir, '--now', NOW], budi);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^LP\/B\/517\/X\/2026\S* [^\n]*KALIMANTAN TIMUR\s+tahap I\s+4 days left \(prosecutor's answer\)\s+CONTOH FIKTIF/);
    expect(lines[2]).toMatch(/^LP\/B\/519\/X\/2026\S* [^\n]*KALIMANTAN TIMUR\s+dikembalikan \(P-19\)\s+3 days overdue \(return of the berkas after P-19\)/);
    expect(lines[3]).toBe('2 cases.');
    const json = JSON.parse(berkas(['cases', dir, '--json', '--now', NOW], budi).stdout);
    expect(json).toMatchObject([
      { lpNumber: LP, stage: 'tahap_1', nearestDeadline: { kind: 'prosecutor_answer', daysLeft: 4 } },
      { lpNumber: LP_P19, stage: 'dikembalikan', nearestDeadline: { kind: 'p19_return', daysLeft: -3 } },
    ]);
  });
});

describe('berkas export-json', () => {
  const fixed = '2026-11-28T10:00:00+08:00';

  it('export → import into a new case file → export gives the same file', () => {
    const first = join(parent, 'ekspor-1.json');
    const second = join(parent, 'ekspor-2.json');
    const before = snapshot(dir);
    const out = berkas(['export-json', dir, '--all', '--out', first, '--now', fixed], budi);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(`2 cases exported to ${first}.\n`);
    expect(snapshot(dir)).toEqual(before); // read-only: no audit row, nothing written

    const { dir: copy } = initCaseFile(parent, 'salinan');
    const imported = berkas(['import', copy, first], budi);
    expect(imported.code).toBe(0);
    expect(berkas(['export-json', copy, '--all', '--out', second, '--now', fixed], budi).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    // Without --now the clock sets exportedAt; everything else is the same.
    const strip = (text: string): Json => {
      const { exportedAt, ...rest } = JSON.parse(text) as Json;
      expect(exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      return rest;
    };
    const a = berkas(['export-json', dir, '--all'], budi).stdout;
    const b = berkas(['export-json', copy, '--all'], budi).stdout;
    expect(strip(b)).toEqual(strip(a));
  });

  it('writes pretty JSON with a trailing newline, no database ids, and exportedAt from --now or SOURCE_DATE_EPOCH', () => {
    const r = berkas(['export-json', dir, '--case', LP, '--case', LP.toLowerCase(), '--now', fixed], budi);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    const file = JSON.parse(r.stdout);
    expect(file).toMatchObject({ format: 'berkas-cases', version: 1, exportedAt: '2026-11-28T02:00:00.000Z', ruleSets: [], charges: [] });
    expect(file.cases.map((c: Json) => c.lpNumber)).toEqual([LP]); // named twice, exported once
    expect(r.stdout).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(r.stdout).not.toMatch(/"(createdAt|updatedAt|warnings|child|ageAtOffence|endDate)"/);

    const epoch = berkas(['export-json', dir, '--case', LP], { ...budi, SOURCE_DATE_EPOCH: '1790000000' });
    expect(JSON.parse(epoch.stdout).exportedAt).toBe(new Date(1_790_000_000_000).toISOString());
  });

  it('an unknown case is refused by name', () => {
    const r = berkas(['export-json', dir, '--case', 'LP/B/1/I/2026'], budi);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('berkas: The record LP/B/1/I/2026 was not found; it may have been deleted.');
  });
});
