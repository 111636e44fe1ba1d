import { describe, expect, it } from 'vitest';
import { checkDetention, type DetentionPeriod } from '../rules/detention';
import { FINDING_CODES, type Finding } from '../rules/findings';
import { checkLp } from '../rules/lp';
import { checkNik } from '../rules/nik';
import { BUILTIN_RULE_SETS } from '../rules/rulesets';
import { formatFinding } from './finding-messages';

const KUHAP = BUILTIN_RULE_SETS['kuhap-1981'];
const SPPA = BUILTIN_RULE_SETS['sppa-2012'];
const UNIT = { satker: 'Polresta Balikpapan', polda: 'Polda Kalimantan Timur' };
const PENYIDIK = { kind: 'penyidik', start: '2022-03-01', days: 20 } satisfies DetentionPeriod;
const PU = { kind: 'perpanjangan_pu', start: '2022-03-21', days: 40 } satisfies DetentionPeriod;
const PN1 = { kind: 'perpanjangan_pn_1', start: '2022-04-30', days: 30 } satisfies DetentionPeriod;
const PN2 = { kind: 'perpanjangan_pn_2', start: '2022-05-30', days: 30 } satisfies DetentionPeriod;

// Findings as the rules really produce them, with their real parameters.
const producedByRules: Finding[] = [
  checkLp('Laporan 17', null, UNIT),
  checkLp('LP/B/123/XI/2025', '2024-10-01', UNIT),
  checkLp('LP/B/123/XI/2025/SPKT/POLRES PASER/POLDA KALTIM', null, UNIT),
  checkNik('123', null, null),
  checkNik('0000001708900001', '1990-08-18', 'P'),
  checkNik('6471013213900001', null, null),
  checkDetention(KUHAP, [], { kind: 'perpanjangan_pu', start: 'kemarin', days: 0 }, { ageOnOffence: 16, threatYears: 5 }),
  checkDetention(SPPA, [], { ...PN1, start: '2022-03-01' }, { ageOnOffence: 13, threatYears: 5 }),
  checkDetention(SPPA, [], { ...PENYIDIK, days: 7 }, { ageOnOffence: null, threatYears: 15 }),
  checkDetention(KUHAP, [PENYIDIK], { ...PENYIDIK, start: '2022-03-21', days: 30 }, { ageOnOffence: 35, threatYears: 15 }),
  checkDetention(KUHAP, [PENYIDIK, PU], { ...PN1, start: '2022-05-01' }, { ageOnOffence: 35, threatYears: 6 }),
  checkDetention(KUHAP, [PENYIDIK, PU, PN1, PN2], { ...PN2, start: '2022-06-29' }, { ageOnOffence: 35, threatYears: 15 }),
].flatMap((c) => [...c.errors, ...c.warnings]);

// Findings the core's services raise (src/core/services, src/core/exchange), with the parameters
// they pass.
const raisedByServices: Finding[] = [
  { field: 'title', code: 'FIELD_REQUIRED' },
  { field: 'resume.fakta', code: 'FIELD_TOO_LONG' },
  { field: 'days', code: 'FIELD_OUT_OF_RANGE' },
  { field: 'birthDate', code: 'FIELD_FORMAT' },
  { field: 'modus', code: 'FIELD_UNKNOWN_VALUE' },
  { field: 'team.0.nrp', code: 'FIELD_TYPE' },
  { field: 'pangkat', code: 'FIELD_UNKNOWN' },
  { field: 'charges', code: 'FIELD_TOO_MANY' },
  { field: 'lpDate', code: 'DATE_IN_FUTURE', params: { valueDate: '2026-12-01', todayDate: '2026-11-28' } },
  { field: 'offenceEnd', code: 'END_BEFORE_START' },
  { field: 'charges', code: 'DUPLICATE_VALUE', params: { value: 'uu21-2007-p2-1' } },
  { field: 'lpDate', code: 'LP_BEFORE_OFFENCE' },
  { field: 'charges', code: 'CHARGE_UNKNOWN', params: { value: 'uu99-2099-p1' } },
  { field: 'charges', code: 'CHARGE_DIFFERS', params: { value: 'uu21-2007-p2-1' } },
  { field: 'adultRules', code: 'RULE_SET_UNKNOWN', params: { value: 'kuhap-1900@1' } },
  { field: 'ruleSets', code: 'RULE_SET_DIFFERS', params: { ruleSet: 'kuhap-1981@2' } },
  { field: 'stage', code: 'STAGE_NOT_NEXT', params: { from: 'penyelidikan', to: 'tahap_1' } },
  { field: 'date', code: 'STAGE_BEFORE_PREVIOUS', params: { previousDate: '2026-05-06' } },
  { field: 'nik', code: 'NIK_KNOWN', params: { name: 'Sari Wulandari' } },
  { field: 'person', code: 'PERSON_DIFFERS', params: { name: 'Sari Wulandari' } },
  { field: 'role', code: 'PARTY_EXISTS' },
  { field: 'confidential', code: 'CHILD_CONFIDENTIAL' },
  { field: 'networkRole', code: 'ONLY_TERSANGKA' },
  { field: 'parties', code: 'PARTY_NOT_IN_CASE', params: { value: '0b9d…' } },
  { field: 'parties', code: 'DOCUMENT_WRONG_ROLE', params: { expected: 'korban', found: 'saksi' } },
  { field: 'endedOn', code: 'DETENTION_END_OUTSIDE' },
  { field: 'kind', code: 'DETENTION_NOT_LAST' },
  { field: 'amount', code: 'ONLY_MONEY' },
  { field: 'seizureDocument', code: 'DOCUMENT_NOT_IN_CASE', params: { value: '0b9d…' } },
  { field: 'corrects', code: 'EVENT_NOT_OF_ITEM', params: { value: '0b9d…' } },
  { field: 'corrects', code: 'EVENT_ALREADY_CORRECTED', params: { value: '0b9d…' } },
  { field: 'party', code: 'REF_UNKNOWN', params: { value: 'korban-9' } },
  { field: 'name', code: 'ATTACHMENT_MISSING', params: { value: 'chat-michat.png' } },
  { field: 'sha256', code: 'ATTACHMENT_DIFFERS', params: { value: 'chat-michat.png' } },
];
const produced = [...producedByRules, ...raisedByServices];

describe('finding messages', () => {
  it('cover every code the rules and services define', () => {
    expect(new Set(produced.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
  });

  it('have a sentence in both languages with every parameter filled in', () => {
    for (const f of produced) {
      const id = formatFinding(f, 'id');
      const en = formatFinding(f, 'en');
      for (const text of [id, en]) {
        expect(text, f.code).toMatch(/\S/);
        expect(text, `${f.code}: ${text}`).not.toMatch(/\{\w*\}/);
      }
      expect(id, f.code).not.toBe(en);
    }
  });

  it('put codes and dates into words', () => {
    const start = { field: 'start', code: 'DETENTION_START', params: { expectedDate: '2022-03-21' } } satisfies Finding;
    expect(formatFinding(start, 'id')).toBe('Perpanjangan harus dimulai sehari setelah masa sebelumnya berakhir, yaitu 21 Maret 2022.');
    expect(formatFinding(start, 'en')).toBe('An extension must start the day after the previous period ends: 21 March 2022.');
    const sex = { field: 'nik', code: 'NIK_SEX_MISMATCH', params: { nikSex: 'P', sex: 'L' } } satisfies Finding;
    expect(formatFinding(sex, 'id')).toBe('Menurut NIK jenis kelaminnya perempuan, tetapi yang diisi laki-laki.');
    expect(formatFinding(sex, 'en')).toBe('The NIK says female, but the sex entered is male.');
    const order = { field: 'kind', code: 'DETENTION_KIND_ORDER', params: { kind: 'perpanjangan_pu', expectedKind: 'penyidik' } } satisfies Finding;
    expect(formatFinding(order, 'id')).toBe(
      'Urutan penahanan salah: yang berikutnya seharusnya penahanan oleh penyidik, bukan perpanjangan penahanan oleh penuntut umum.',
    );
  });
});
