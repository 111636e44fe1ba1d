// Case records through the core, against a real encrypted case file: the checks an investigator
// meets (LP, NIK, dates, the child boundary, detention under each rule set, documents tied to the
// right people, stages), refusals that leave every byte as it was, and an audit chain that verifies
// after every kind of change.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { formatError } from '../../src/shared/i18n/error-messages';
import { changeStage, createPerkara, getPerkara, updatePerkara } from '../../src/core/services/cases';
import { deletePerkara } from '../../src/core/services/case-delete';
import { perkaraDeadlines } from '../../src/core/services/deadlines';
import { addDetention, addArrest, listDetentions } from '../../src/core/services/detentions';
import { addDocument, removeDocument } from '../../src/core/services/documents';
import { addCustodyEvent, addEvidence, getEvidence, listCustody } from '../../src/core/services/evidence';
import { attachFile } from '../../src/core/services/attachments';
import { addParty, getParty, removeParty, updateParty, updatePerson } from '../../src/core/services/parties';
import { openConnection } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import type { WriteSession } from '../../src/core/store/session';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const creds = (login: string, passphrase = PASS) => ({ kind: 'passphrase' as const, login, passphrase: Buffer.from(passphrase) });
// 28 November 2026, 10:00 WITA.
const NOW = new Date('2026-11-28T02:00:00Z');
const LP = (n: number, roman = 'III', year = 2026) => `LP/B/${n}/${roman}/${year}/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR`;

let dir = '';

beforeAll(() => {
  ({ dir } = initCaseFile(tempDir(), 'rekaman'));
  const settings = ['--set', 'satker=POLRESTA BALIKPAPAN', '--set', 'polda=POLDA KALIMANTAN TIMUR', '--set', 'time-zone=WITA'];
  expect(berkas(['settings', dir, ...settings], budi).code).toBe(0);
  expect(berkas(['user', 'add', dir, 'dewi', '--role', 'pembaca'], { ...budi, BERKAS_NEW_PASSPHRASE: 'dewi-frasa-sandi-1' }).code).toBe(0);
});

function write<T>(fn: (s: WriteSession) => T, login = 'budi', passphrase = PASS): Promise<T> {
  return using(openCaseFile(dir, creds(login, passphrase), 'write', { clock: () => NOW }), fn);
}

/** The AppError `fn` throws, for asserting on its code and parameters. */
function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

function verifies(): void {
  const r = berkas(['audit', 'verify', dir], budi);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

describe('perkara', () => {
  it('checks the LP strictly on its structure and warns on the rest, and refuses dates in the future', async () => {
    await write((s) => {
      const month = refusal(() => createPerkara(s, { lpNumber: LP(1, 'II'), lpDate: '2026-03-05', title: 'Bulan salah' }));
      expect(month.params).toMatchObject({ rule: 'LP_MONTH_MISMATCH', field: 'lpNumber' });
      expect(formatError(month, 'id')).toContain('seharusnya III');
      expect(refusal(() => createPerkara(s, { lpNumber: 'LP-B-1-III-2026', lpDate: '2026-03-05', title: 'x' })).params.rule).toBe('LP_STRUCTURE');
      const future = refusal(() => createPerkara(s, { lpNumber: LP(2, 'XII'), lpDate: '2026-12-01', title: 'Masa depan' }));
      expect(future.params).toMatchObject({ rule: 'DATE_IN_FUTURE', field: 'lpDate' });
      expect(formatError(future, 'id')).toBe('perkara LP/B/2/XII/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR: Tanggal LP (1 Desember 2026) jatuh setelah hari ini (28 November 2026).');
      const noTitle = refusal(() => createPerkara(s, { lpNumber: LP(3), lpDate: '2026-03-05', title: '  ' }));
      expect(formatError(noTitle, 'en')).toContain('Case title is required.');

      // Another satker in the LP is written down as a warning, and kept with the case.
      const other = createPerkara(s, { lpNumber: 'LP/B/9/III/2026/SPKT/POLRES PASER/POLDA KALIMANTAN TIMUR', lpDate: '2026-03-05', title: 'Satker lain' });
      expect(other.warnings.map((w) => w.code)).toEqual(['LP_SATKER_DIFFERS']);
      expect(other.model).toBe('B');
      // The same LP typed with other spacing and case is the same report.
      const taken = refusal(() => createPerkara(s, { lpNumber: 'lp / b / 9 / iii / 2026 / spkt / polres paser / polda kalimantan timur', lpDate: '2026-03-05', title: 'Lagi' }));
      expect(taken.code).toBe('LP_TAKEN');
      expect(formatError(taken, 'en')).toContain('LP/B/9/III/2026/SPKT/POLRES PASER/POLDA KALIMANTAN TIMUR is already recorded');
    });
    verifies();
  });

  it('keeps the stage history, allowing only the next stages of the procedure', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(10), lpDate: '2026-03-02', title: 'Tahapan' });
      expect(refusal(() => changeStage(s, p.id, { stage: 'tahap_1', date: '2026-03-10' })).params).toMatchObject({ rule: 'STAGE_NOT_NEXT', from: 'penyelidikan' });
      changeStage(s, p.id, { stage: 'penyidikan', date: '2026-03-03' });
      changeStage(s, p.id, { stage: 'tahap_1', date: '2026-05-01' });
      changeStage(s, p.id, { stage: 'dikembalikan', date: '2026-05-06', note: 'P-19: lengkapi BAP ahli' });
      expect(refusal(() => changeStage(s, p.id, { stage: 'tahap_1', date: '2026-05-05' })).params.rule).toBe('STAGE_BEFORE_PREVIOUS');
      const back = changeStage(s, p.id, { stage: 'tahap_1', date: '2026-05-15' });
      expect(back.stage).toBe('tahap_1');
      expect(back.stages.map((x) => x.stage)).toEqual(['penyelidikan', 'penyidikan', 'tahap_1', 'dikembalikan', 'tahap_1']);
      expect(back.stages[3]?.note).toBe('P-19: lengkapi BAP ahli');
    });
    verifies();
  });
});

describe('people in a case', () => {
  it('derives child status from the first day of the offence: 17 years 364 days is a child, exactly 18 is not', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(20), lpDate: '2026-03-05', title: 'Batas umur', offenceStart: '2026-03-01T21:00', charges: ['uu21-2007-p2-1'] });
      const young = addParty(s, p.id, { role: 'saksi' }, { fullName: 'Saksi Muda', birthDate: '2008-03-02', sex: 'P' });
      const adult = addParty(s, p.id, { role: 'saksi' }, { fullName: 'Saksi Dewasa', birthDate: '2008-03-01', sex: 'L' });
      expect([young.ageAtOffence, young.child, young.confidential]).toEqual([17, true, true]);
      expect([adult.ageAtOffence, adult.child, adult.confidential]).toEqual([18, false, false]);
      // A korban is confidential by default even as an adult; an adult saksi may be made so.
      expect(addParty(s, p.id, { role: 'korban' }, { fullName: 'Korban Dewasa', birthDate: '1990-01-01' }).confidential).toBe(true);
      expect(updateParty(s, adult.id, { confidential: true }).confidential).toBe(true);
      // A child's confidentiality cannot be switched off, tersangka included.
      const child = addParty(s, p.id, { role: 'tersangka', networkRole: 'perekrut' }, { fullName: 'Anak Berkonflik', birthDate: '2010-06-01' });
      expect(child.confidential).toBe(true);
      const off = refusal(() => updateParty(s, child.id, { confidential: false }));
      expect(formatError(off, 'id')).toContain('UU 11/2012 Pasal 19');
      expect(refusal(() => addParty(s, p.id, { role: 'saksi', networkRole: 'mucikari' }, { fullName: 'X' })).params.rule).toBe('ONLY_TERSANGKA');
      // A new birth date that makes someone a child turns their stored flag on in the case.
      const later = updatePerson(s, adult.person.id, { birthDate: '2009-01-01' }, p.id);
      expect(later.birthDate).toBe('2009-01-01');
      // So does a first day of the offence recorded later.
      const q = createPerkara(s, { lpNumber: LP(21), lpDate: '2026-03-05', title: 'Tanggal kejadian menyusul' });
      const saksi = addParty(s, q.id, { role: 'saksi' }, { fullName: 'Saksi Tanpa Tanggal', birthDate: '2010-01-01' });
      expect([saksi.child, saksi.confidentialFlag]).toEqual([null, false]);
      updatePerkara(s, q.id, { offenceStart: '2026-02-01' });
      expect(getParty(s.db, saksi.id)).toMatchObject({ child: true, confidential: true, confidentialFlag: true });
    });
    verifies();
  });

  it('checks the NIK: 16 digits or refused; a date of birth or sex that disagrees is a stored warning; one NIK is one person', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(30), lpDate: '2026-03-05', title: 'NIK' });
      const short = refusal(() => addParty(s, p.id, { role: 'saksi' }, { fullName: 'Pendek', nik: '647101520899000' }));
      expect(short.params).toMatchObject({ rule: 'NIK_FORMAT', field: 'nik', record: 'saksi Pendek' });
      // 52 08 99: a woman born 12 August 1999; typed as 13 August.
      const wrong = addParty(s, p.id, { role: 'saksi' }, { fullName: 'Sari Wulandari', nik: '6471 0152 0899 0001', birthDate: '1999-08-13', sex: 'P' });
      expect(wrong.person.nik).toBe('6471015208990001');
      expect(wrong.person.warnings.map((w) => w.code)).toEqual(['NIK_BIRTH_DATE_MISMATCH']);
      const again = refusal(() => addParty(s, p.id, { role: 'pelapor' }, { fullName: 'Orang Lain', nik: '6471015208990001' }));
      expect(formatError(again, 'en')).toContain('already recorded for Sari Wulandari');
      // The same person in another role, and in another case, is linked, not copied.
      const q = createPerkara(s, { lpNumber: LP(31), lpDate: '2026-03-06', title: 'NIK kedua' });
      const linked = addParty(s, q.id, { role: 'pelapor' }, { personId: wrong.person.id });
      expect(linked.person.id).toBe(wrong.person.id);
      expect(linked.confidential).toBe(true);
    });
    verifies();
  });
});

describe('detention', () => {
  it('counts days inclusively under the case rule set, each extension starting the day after, and checks the pasal and the age', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(40, 'II'), lpDate: '2026-02-27', title: 'Penahanan', offenceStart: '2026-02-20', charges: ['uu21-2007-p2-1'] });
      expect(getPerkara(s.db, p.id)).toMatchObject({ adultRules: 'kuhap-2025@1', childRules: 'sppa-2012@1', threatYears: 15 });
      const t = addParty(s, p.id, { role: 'tersangka', networkRole: 'mucikari' }, { fullName: 'Mucikari Dewasa', birthDate: '1985-05-05', sex: 'L' });
      addArrest(s, t.id, { at: '2026-02-28T20:15:00+08:00', endedAt: '2026-03-01T09:00:00+08:00', warrantNumber: 'SP.Kap/12/II/2026' });
      const first = addDetention(s, t.id, { kind: 'penyidik', startDate: '2026-03-01' });
      expect([first.days, first.endDate, first.rules]).toEqual([20, '2026-03-20', 'kuhap-2025@1']);
      const gap = refusal(() => addDetention(s, t.id, { kind: 'perpanjangan_pu', startDate: '2026-03-22' }));
      expect(formatError(gap, 'id')).toContain('21 Maret 2026');
      const second = addDetention(s, t.id, { kind: 'perpanjangan_pu', startDate: '2026-03-21' });
      expect(second.endDate).toBe('2026-04-29');
      expect(listDetentions(s.db, t.id).map((d) => d.kind)).toEqual(['penyidik', 'perpanjangan_pu']);

      // A case charged only under an article threatening less than 9 years gets no court extension.
      // A change to one field leaves the others as they were.
      expect(updatePerkara(s, p.id, { charges: ['kuhp-p506'] })).toMatchObject({ offenceStart: '2026-02-20', title: 'Penahanan', threatYears: 1 });
      expect(refusal(() => addDetention(s, t.id, { kind: 'perpanjangan_pn_1', startDate: '2026-04-30' })).params.rule).toBe('DETENTION_THREAT_TOO_LOW_FOR_KIND');
      updatePerkara(s, p.id, { charges: ['uu21-2007-p2-1', 'uu21-2007-p17'] });
      expect(addDetention(s, t.id, { kind: 'perpanjangan_pn_1', startDate: '2026-04-30' }).endDate).toBe('2026-05-29');

      // Children: the SPPA periods, and never under 14.
      const child = addParty(s, p.id, { role: 'tersangka' }, { fullName: 'Anak Enam Belas', birthDate: '2009-07-01' });
      const d = addDetention(s, child.id, { kind: 'penyidik', startDate: '2026-03-02' });
      expect([d.days, d.endDate, d.rules]).toEqual([7, '2026-03-08', 'sppa-2012@1']);
      const young = addParty(s, p.id, { role: 'tersangka' }, { fullName: 'Anak Tiga Belas', birthDate: '2012-09-01' });
      expect(refusal(() => addDetention(s, young.id, { kind: 'penyidik', startDate: '2026-03-02' })).params).toMatchObject({ rule: 'DETENTION_TOO_YOUNG', age: 13 });
    });
    verifies();
  });

  it('a detention ending 20 March has 0 days left until midnight WITA, and is overdue a second later', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(50), lpDate: '2026-03-01', title: 'Batas hari', offenceStart: '2026-02-25', charges: ['uu21-2007-p2-1'] });
      const t = addParty(s, p.id, { role: 'tersangka' }, { fullName: 'Penampung', birthDate: '1980-01-01' });
      addDetention(s, t.id, { kind: 'penyidik', startDate: '2026-03-01' });
      const at = (iso: string) => perkaraDeadlines(s.db, p.id, new Date(iso)).find((d) => d.kind === 'detention');
      expect(at('2026-03-20T15:59:59Z')).toMatchObject({ due: '2026-03-20', daysLeft: 0, nextStep: 'perpanjangan_pu' });
      expect(at('2026-03-20T16:00:00Z')).toMatchObject({ daysLeft: -1 });
      expect(at('2026-03-10T00:00:00Z')).toMatchObject({ daysLeft: 10 });
    });
  });
});

describe('documents', () => {
  it('ties a BAP to a person of the right role in the same case, and keeps that person while a document names them', async () => {
    await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(60), lpDate: '2026-03-05', title: 'Dokumen' });
      const korban = addParty(s, p.id, { role: 'korban' }, { fullName: 'Korban Satu', birthDate: '2000-01-01' });
      const saksi = addParty(s, p.id, { role: 'saksi' }, { fullName: 'Saksi Satu' });
      const wrong = refusal(() => addDocument(s, p.id, { type: 'bap_korban', number: 'BAP/1', date: '2026-03-06', parties: [saksi.id] }));
      expect(formatError(wrong, 'id')).toContain('harus mengenai korban, bukan saksi');
      const bap = addDocument(s, p.id, { type: 'bap_korban', number: 'BAP/1', date: '2026-03-06', signatory: 'IPDA Rahmat', parties: [korban.id] });
      expect(bap.parties).toEqual([korban.id]);
      const inUse = refusal(() => removeParty(s, korban.id));
      expect(inUse.code).toBe('IN_USE');
      expect(formatError(inUse, 'id')).toContain('1 dokumen');
      removeParty(s, saksi.id);
    });
    verifies();
  });
});

describe('barang bukti', () => {
  it('derives status and holder from the standing custody events, and keeps what evidence names', async () => {
    const folder = tempDir('berkas-lampiran-');
    const scan = join(folder, 'ba-penyitaan.txt');
    writeFileSync(scan, 'Berita acara penyitaan (fiktif)');
    await write(async (s) => {
      const p = createPerkara(s, { lpNumber: LP(90), lpDate: '2026-03-05', title: 'Barang bukti' });
      const t = addParty(s, p.id, { role: 'tersangka' }, { fullName: 'Pemilik HP' });
      const ba = addDocument(s, p.id, { type: 'ba_penyitaan', date: '2026-03-05', parties: [t.id] });
      const item = addEvidence(s, p.id, { description: '1 unit HP', category: 'digital', seizedFromParty: t.id, seizureDocument: ba.id });
      expect([item.number, item.status, item.holder]).toEqual([1, 'belum_diterima', '']);
      expect(refusal(() => addEvidence(s, p.id, { description: 'Uang', category: 'fisik', amount: 5 })).params.rule).toBe('ONLY_MONEY');
      const first = addCustodyEvent(s, item.id, { releasedBy: 'Penyidik A', receivedBy: 'Petugas BB', at: '2026-03-05T10:00:00+08:00', purpose: 'penyimpanan' });
      addCustodyEvent(s, item.id, { releasedBy: 'Petugas BB', receivedBy: 'Lab Siber', at: '2026-03-06T10:00:00+08:00', purpose: 'pemeriksaan_lab' });
      expect(getEvidence(s.db, item.id)).toMatchObject({ status: 'di_laboratorium', holder: 'Lab Siber' });
      // A correction replaces the event it corrects; the original stays on record.
      addCustodyEvent(s, item.id, { releasedBy: 'Penyidik A', receivedBy: 'Petugas BB', at: '2026-03-05T10:00:00+08:00', purpose: 'penyitaan', corrects: first.id });
      expect(refusal(() => addCustodyEvent(s, item.id, { releasedBy: 'x', receivedBy: 'y', at: '2026-03-07T10:00:00+08:00', purpose: 'lainnya', corrects: first.id })).params.rule).toBe('EVENT_ALREADY_CORRECTED');
      expect(listCustody(s.db, item.id).map((e) => [e.seq, e.correctedBy !== null])).toEqual([[1, true], [2, false], [3, false]]);
      await attachFile(s, { documentId: ba.id }, scan);
      expect(refusal(() => removeDocument(s, ba.id)).code).toBe('IN_USE');
      expect(refusal(() => removeParty(s, t.id)).code).toBe('IN_USE');
      const whole = refusal(() => deletePerkara(s, p.id));
      expect(formatError(whole, 'id')).toContain('1 barang bukti');
    });
    verifies();
  });
});

describe('refusals and the audit chain', () => {
  it('pembaca is refused in the core, and a refused change leaves every file byte-identical', async () => {
    const before = snapshot(dir);
    await using(openCaseFile(dir, creds('dewi', 'dewi-frasa-sandi-1'), 'write', { clock: () => NOW }), (s) => {
      expect(refusal(() => createPerkara(s, { lpNumber: LP(70), lpDate: '2026-03-05', title: 'Tidak boleh' })).code).toBe('FORBIDDEN');
    });
    await write((s) => {
      expect(() => createPerkara(s, { lpNumber: LP(71, 'IV'), lpDate: '2026-03-05', title: 'Bulan salah' })).toThrow(AppError);
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a whole case deleted leaves every row accounted for, and an edit behind the app’s back is found', async () => {
    const id = await write((s) => {
      const p = createPerkara(s, { lpNumber: LP(80), lpDate: '2026-03-05', title: 'Dihapus', offenceStart: '2026-03-01', charges: ['uu21-2007-p2-1'] });
      const t = addParty(s, p.id, { role: 'tersangka' }, { fullName: 'Akan Dihapus', birthDate: '1970-01-01' });
      addDetention(s, t.id, { kind: 'penyidik', startDate: '2026-03-02' });
      addDocument(s, p.id, { type: 'bap_tersangka', date: '2026-03-03', parties: [t.id] });
      const keep = createPerkara(s, { lpNumber: LP(81), lpDate: '2026-03-05', title: 'Tetap' });
      deletePerkara(s, p.id);
      return addParty(s, keep.id, { role: 'saksi' }, { fullName: 'Saksi Tetap' }).id;
    });
    verifies();
    const dek = await using(openCaseFile(dir, creds('budi'), 'read'), (s) => Buffer.from(s.dek));
    const db = openConnection(join(dir, 'case.db'), dek);
    db.prepare('UPDATE party SET confidential = 1 WHERE id = ?').run(id);
    db.close();
    const r = berkas(['audit', 'verify', dir], budi);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(id);
  });
});
