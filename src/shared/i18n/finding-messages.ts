// One sentence per finding code (rules/findings.ts), in Bahasa Indonesia (default) and English.
// `{name}` is replaced by the finding's parameter of that name. Codes and dates travel as data and
// are put into words here: a detention kind becomes its legal name, L/P the sex, and a
// 'YYYY-MM-DD' parameter whose name ends in "Date" a written date ("21 Maret 2026").
import type { Finding, FindingCode } from '../rules/findings';
import type { Lang } from './error-messages';

type Catalog = Record<FindingCode, string>;

const id: Catalog = {
  LP_STRUCTURE:
    'Nomor LP tidak sesuai format LP/model A atau B/nomor/bulan romawi/tahun, misalnya LP/B/123/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR.',
  LP_MONTH_MISMATCH: 'Bulan pada nomor LP ({month}) tidak sesuai dengan tanggal LP {lpDate}; seharusnya {expectedMonth}.',
  LP_YEAR_MISMATCH: 'Tahun pada nomor LP ({year}) tidak sesuai dengan tanggal LP {lpDate}; seharusnya {expectedYear}.',
  LP_NO_SPKT: 'Nomor LP tidak memuat bagian SPKT; periksa kembali penulisannya.',
  LP_SATKER_DIFFERS: 'Satker pada nomor LP ({found}) berbeda dengan satker di pengaturan berkas kasus ({expected}).',
  LP_POLDA_DIFFERS: 'Polda pada nomor LP ({found}) berbeda dengan polda di pengaturan berkas kasus ({expected}).',
  LP_SUFFIX_PARTS: 'Nomor LP memiliki {count} bagian setelah tahun; biasanya tiga: SPKT, satker dan polda.',
  NIK_FORMAT: 'NIK harus terdiri dari tepat 16 angka (yang diisi: {length} karakter, tanpa spasi, titik dan tanda hubung).',
  NIK_REGION_ZERO: 'Kode wilayah NIK (6 angka pertama) tidak boleh 000000.',
  NIK_DATE_INVALID:
    'Angka ke-7 sampai ke-12 NIK ({nikDigits}) bukan tanggal lahir yang sah (tanggal, bulan dan tahun lahir; tanggal ditambah 40 untuk perempuan).',
  NIK_BIRTH_DATE_MISMATCH: 'Tanggal lahir dalam NIK ({nikBirth}) berbeda dengan tanggal lahir yang diisi ({birthDate}).',
  NIK_SEX_MISMATCH: 'Menurut NIK jenis kelaminnya {nikSex}, tetapi yang diisi {sex}.',
  DETENTION_DATE_INVALID: 'Tanggal mulai penahanan tidak sah.',
  DETENTION_DAYS_INVALID: 'Lama penahanan harus bilangan bulat paling sedikit 1 hari (yang diisi: {days}).',
  DETENTION_KIND_UNKNOWN: 'Aturan {ruleSet} tidak mengenal {kind}.',
  DETENTION_KIND_REPEATED: 'Tersangka ini sudah pernah menjalani {kind}.',
  DETENTION_KIND_ORDER: 'Urutan penahanan salah: yang berikutnya seharusnya {expectedKind}, bukan {kind}.',
  DETENTION_NONE_LEFT: 'Semua masa penahanan menurut {ruleSet} sudah dipakai; tidak ada perpanjangan lagi.',
  DETENTION_TOO_LONG: 'Untuk {kind} paling lama {max} hari; yang diisi {days} hari.',
  DETENTION_THREAT_TOO_LOW_FOR_KIND:
    'Ancaman pidana {threatYears} tahun tidak memenuhi syarat {kind}, yang mensyaratkan ancaman {min} tahun atau lebih.',
  DETENTION_TOO_YOUNG:
    'Tersangka berumur {age} tahun pada hari pertama tindak pidana; anak hanya boleh ditahan jika berumur {min} tahun atau lebih.',
  DETENTION_THREAT_TOO_LOW:
    'Penahanan hanya boleh untuk tindak pidana dengan ancaman {min} tahun atau lebih; ancaman perkara ini {threatYears} tahun.',
  DETENTION_AGE_UNKNOWN:
    'Umur tersangka pada hari pertama tindak pidana belum diketahui; pastikan tersangka berumur paling sedikit {min} tahun sebelum ditahan.',
  DETENTION_RULE_SET_MISMATCH:
    'Tersangka berumur {age} tahun pada hari pertama tindak pidana, tetapi aturan penahanan yang dipakai adalah {ruleSet}; anak (di bawah 18 tahun) mengikuti UU SPPA, orang dewasa mengikuti KUHAP.',
  DETENTION_START: 'Perpanjangan harus dimulai sehari setelah masa sebelumnya berakhir, yaitu {expectedDate}.',
  DETENTION_END_OUTSIDE: "Tanggal berakhirnya penahanan harus di dalam masa penahanan itu.",
  DETENTION_NOT_LAST: "Hanya masa penahanan terakhir yang dapat dihapus; setiap perpanjangan bergantung pada masa sebelumnya.",
  FIELD_REQUIRED: "{field} wajib diisi.",
  FIELD_TOO_LONG: "{field} terlalu panjang.",
  FIELD_OUT_OF_RANGE: "Nilai {field} di luar batas yang diperbolehkan.",
  FIELD_FORMAT: "Format {field} tidak benar.",
  FIELD_UNKNOWN_VALUE: "Nilai {field} tidak dikenal Berkas.",
  FIELD_TYPE: "Jenis isian {field} salah (misalnya teks di tempat angka).",
  FIELD_UNKNOWN: "Isian {field} tidak dikenal Berkas.",
  FIELD_TOO_MANY: "{field} berisi terlalu banyak data.",
  DATE_IN_FUTURE: "{field} ({valueDate}) jatuh setelah hari ini ({todayDate}).",
  END_BEFORE_START: "{field} lebih awal daripada waktu mulainya.",
  DUPLICATE_VALUE: "{field} memuat {value} lebih dari sekali.",
  LP_BEFORE_OFFENCE: "Tanggal LP lebih awal daripada waktu kejadian; periksa kembali kedua tanggal itu.",
  CHARGE_UNKNOWN: "Pasal {value} tidak ada dalam daftar pasal berkas kasus ini.",
  CHARGE_DIFFERS: "Pasal {value} di file berbeda dengan pasal yang sudah tersimpan di berkas kasus ini dengan kode yang sama.",
  RULE_SET_UNKNOWN: "Aturan tenggat waktu {value} tidak dikenal.",
  RULE_SET_DIFFERS: "Aturan tenggat waktu {ruleSet} di file berbeda dengan versi yang sudah tersimpan di berkas kasus ini.",
  STAGE_NOT_NEXT: "Tahap {to} tidak dapat menyusul tahap {from}.",
  STAGE_BEFORE_PREVIOUS: "Tanggal tahap ini lebih awal daripada tahap sebelumnya ({previousDate}).",
  NIK_KNOWN: "NIK ini sudah tercatat atas nama {name}; pilih orang itu alih-alih membuat data baru.",
  PERSON_DIFFERS: "NIK ini sudah tercatat atas nama {name} dengan identitas yang berbeda; samakan dahulu identitasnya.",
  PARTY_EXISTS: "Orang ini sudah tercatat dengan peran yang sama dalam perkara ini.",
  CHILD_CONFIDENTIAL: "Identitas anak wajib dirahasiakan (UU 11/2012 Pasal 19); kerahasiaannya tidak dapat dimatikan.",
  ONLY_TERSANGKA: "{field} hanya berlaku untuk tersangka.",
  PARTY_NOT_IN_CASE: "Orang yang dirujuk ({value}) tidak ada dalam perkara ini.",
  DOCUMENT_WRONG_ROLE: "Dokumen jenis ini harus mengenai {expected}, bukan {found}.",
  REF_UNKNOWN: "Rujukan {value} tidak menunjuk orang mana pun dalam perkara ini di file.",
  ONLY_MONEY: "{field} hanya diisi untuk barang bukti berupa uang.",
  DOCUMENT_NOT_IN_CASE: "Dokumen yang dirujuk ({value}) bukan dokumen perkara ini.",
  EVENT_NOT_OF_ITEM: "Catatan serah terima yang dikoreksi ({value}) bukan milik barang bukti ini.",
  EVENT_ALREADY_CORRECTED: "Catatan serah terima {value} sudah pernah dikoreksi; koreksilah catatan koreksinya.",
  ATTACHMENT_MISSING: "File lampiran {value} tidak ada di folder lampiran (dicari dengan namanya dan dengan SHA-256-nya).",
  ATTACHMENT_DIFFERS: "Isi file lampiran {value} tidak cocok dengan SHA-256 atau ukuran yang tercatat di file impor.",
};

const en: Catalog = {
  LP_STRUCTURE:
    'The LP number does not follow the form LP/model A or B/number/Roman month/year, e.g. LP/B/123/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR.',
  LP_MONTH_MISMATCH: 'The month in the LP number ({month}) does not match the LP date {lpDate}; it should be {expectedMonth}.',
  LP_YEAR_MISMATCH: 'The year in the LP number ({year}) does not match the LP date {lpDate}; it should be {expectedYear}.',
  LP_NO_SPKT: 'The LP number has no SPKT part; check how it is written.',
  LP_SATKER_DIFFERS: 'The unit in the LP number ({found}) differs from the unit in the case file settings ({expected}).',
  LP_POLDA_DIFFERS: 'The Polda in the LP number ({found}) differs from the Polda in the case file settings ({expected}).',
  LP_SUFFIX_PARTS: 'The LP number has {count} parts after the year; there are usually three: SPKT, unit and Polda.',
  NIK_FORMAT: 'A NIK is exactly 16 digits (this one has {length} characters, not counting spaces, dots and hyphens).',
  NIK_REGION_ZERO: 'The region code of a NIK (its first 6 digits) cannot be 000000.',
  NIK_DATE_INVALID:
    'Digits 7 to 12 of the NIK ({nikDigits}) are not a valid date of birth (DDMMYY, with 40 added to the day for women).',
  NIK_BIRTH_DATE_MISMATCH: 'The date of birth in the NIK ({nikBirth}) differs from the date of birth entered ({birthDate}).',
  NIK_SEX_MISMATCH: 'The NIK says {nikSex}, but the sex entered is {sex}.',
  DETENTION_DATE_INVALID: 'The start date of the detention is not a valid date.',
  DETENTION_DAYS_INVALID: 'The length of detention must be a whole number of at least 1 day (entered: {days}).',
  DETENTION_KIND_UNKNOWN: 'The rule set {ruleSet} has no {kind}.',
  DETENTION_KIND_REPEATED: 'This suspect has already had the {kind}.',
  DETENTION_KIND_ORDER: 'Detention out of order: the next period should be the {expectedKind}, not the {kind}.',
  DETENTION_NONE_LEFT: 'Every detention period under {ruleSet} has been used; no further extension is possible.',
  DETENTION_TOO_LONG: 'The {kind} may last at most {max} days; {days} days were entered.',
  DETENTION_THREAT_TOO_LOW_FOR_KIND:
    'A threatened penalty of {threatYears} years does not allow the {kind}, which requires {min} years or more.',
  DETENTION_TOO_YOUNG: 'The suspect was {age} on the first day of the offence; a child may be detained only from the age of {min}.',
  DETENTION_THREAT_TOO_LOW: 'Detention is allowed only for offences threatened with {min} years or more; this one carries {threatYears} years.',
  DETENTION_AGE_UNKNOWN:
    "The suspect's age on the first day of the offence is not known; make sure they were at least {min} before detaining them.",
  DETENTION_RULE_SET_MISMATCH:
    'The suspect was {age} on the first day of the offence, but the detention rules used are {ruleSet}; a child (under 18) falls under the SPPA law, an adult under the KUHAP.',
  DETENTION_START: 'An extension must start the day after the previous period ends: {expectedDate}.',
  DETENTION_END_OUTSIDE: "The date a detention ended must lie within that detention period.",
  DETENTION_NOT_LAST: "Only the last detention period can be removed; each extension depends on the period before it.",
  FIELD_REQUIRED: "{field} is required.",
  FIELD_TOO_LONG: "{field} is too long.",
  FIELD_OUT_OF_RANGE: "{field} is outside the allowed range.",
  FIELD_FORMAT: "{field} is not in the right format.",
  FIELD_UNKNOWN_VALUE: "{field} has a value Berkas does not know.",
  FIELD_TYPE: "{field} has the wrong kind of value (text where a number belongs, for example).",
  FIELD_UNKNOWN: "{field} is not a field Berkas knows.",
  FIELD_TOO_MANY: "{field} holds too many entries.",
  DATE_IN_FUTURE: "{field} ({valueDate}) is after today ({todayDate}).",
  END_BEFORE_START: "{field} is earlier than its start.",
  DUPLICATE_VALUE: "{field} contains {value} more than once.",
  LP_BEFORE_OFFENCE: "The LP date is earlier than the time of the offence; check both dates.",
  CHARGE_UNKNOWN: "Article {value} is not in the list of articles of this case file.",
  CHARGE_DIFFERS: "Article {value} in the file differs from the article stored in this case file under the same code.",
  RULE_SET_UNKNOWN: "The deadline rule set {value} is not known.",
  RULE_SET_DIFFERS: "The deadline rule set {ruleSet} in the file differs from the version already stored in this case file.",
  STAGE_NOT_NEXT: "The stage {to} cannot follow {from}.",
  STAGE_BEFORE_PREVIOUS: "The date of this stage is earlier than the stage before it ({previousDate}).",
  NIK_KNOWN: "This NIK is already recorded for {name}; choose that person instead of entering a new one.",
  PERSON_DIFFERS: "This NIK is already recorded for {name} with a different identity; make the two identities agree first.",
  PARTY_EXISTS: "This person is already recorded in this role in this case.",
  CHILD_CONFIDENTIAL: "A child's identity must be kept confidential (UU 11/2012 Pasal 19); it cannot be switched off.",
  ONLY_TERSANGKA: "{field} applies only to a suspect (tersangka).",
  PARTY_NOT_IN_CASE: "The person referred to ({value}) is not in this case.",
  DOCUMENT_WRONG_ROLE: "A document of this type must concern a {expected}, not a {found}.",
  REF_UNKNOWN: "The reference {value} names no person of this case in the file.",
  ONLY_MONEY: "{field} is only filled in for evidence that is money.",
  DOCUMENT_NOT_IN_CASE: "The document referred to ({value}) is not a document of this case.",
  EVENT_NOT_OF_ITEM: "The custody event being corrected ({value}) does not belong to this item.",
  EVENT_ALREADY_CORRECTED: "The custody event {value} has already been corrected; correct the correction instead.",
  ATTACHMENT_MISSING: "The attachment file {value} is not in the attachments folder (looked for by its name and by its SHA-256).",
  ATTACHMENT_DIFFERS: "The content of the attachment file {value} does not match the SHA-256 or size the import file records.",
};

const catalogs: Record<Lang, Catalog> = { id, en };

const DETENTION_WORDS: Record<Lang, Record<string, string>> = {
  id: {
    penyidik: 'penahanan oleh penyidik',
    perpanjangan_pu: 'perpanjangan penahanan oleh penuntut umum',
    perpanjangan_pn_1: 'perpanjangan penahanan pertama oleh Ketua Pengadilan Negeri',
    perpanjangan_pn_2: 'perpanjangan penahanan kedua oleh Ketua Pengadilan Negeri',
  },
  en: {
    penyidik: 'detention by the investigator',
    perpanjangan_pu: 'extension by the public prosecutor',
    perpanjangan_pn_1: 'first extension by the Chief Judge of the District Court',
    perpanjangan_pn_2: 'second extension by the Chief Judge of the District Court',
  },
};

const SEX_WORDS: Record<Lang, Record<string, string>> = {
  id: { L: 'laki-laki', P: 'perempuan' },
  en: { L: 'male', P: 'female' },
};

const STAGE_WORDS: Record<Lang, Record<string, string>> = {
  id: { penyelidikan: 'penyelidikan', penyidikan: 'penyidikan', tahap_1: 'tahap I', dikembalikan: 'dikembalikan (P-18/P-19)', lengkap: 'lengkap (P-21)', tahap_2: 'tahap II', sp3: 'SP3' },
  en: { penyelidikan: 'inquiry (penyelidikan)', penyidikan: 'investigation (penyidikan)', tahap_1: 'stage I', dikembalikan: 'returned (P-18/P-19)', lengkap: 'complete (P-21)', tahap_2: 'stage II', sp3: 'stopped (SP3)' },
};

const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  id: { tersangka: 'tersangka', korban: 'korban', saksi: 'saksi', ahli: 'ahli', pelapor: 'pelapor' },
  en: { tersangka: 'suspect (tersangka)', korban: 'victim (korban)', saksi: 'witness (saksi)', ahli: 'expert (ahli)', pelapor: 'reporter (pelapor)' },
};

// The fields a message can name, by their name in the schemas (src/shared/domain).
const FIELD_WORDS: Record<Lang, Record<string, string>> = {
  id: {
    lpNumber: 'Nomor LP', lpDate: 'Tanggal LP', title: 'Judul perkara', satker: 'Satker', place: 'Tempat kejadian',
    offenceStart: 'Waktu kejadian (mulai)', offenceEnd: 'Waktu kejadian (selesai)', modus: 'Modus', exploitation: 'Bentuk eksploitasi',
    recruitmentChannel: 'Sarana perekrutan', charges: 'Pasal sangkaan', team: 'Tim penyidik', name: 'Nama', rank: 'Pangkat', nrp: 'NRP',
    resume: 'Resume', adultRules: 'Aturan tenggat waktu', stage: 'Tahap', date: 'Tanggal', note: 'Catatan',
    fullName: 'Nama lengkap', alias: 'Alias', nik: 'NIK', birthPlace: 'Tempat lahir', birthDate: 'Tanggal lahir', sex: 'Jenis kelamin',
    nationality: 'Kewarganegaraan', address: 'Tempat tinggal', religion: 'Agama', occupation: 'Pekerjaan', education: 'Pendidikan',
    phone: 'Nomor telepon', role: 'Peran', confidential: 'Kerahasiaan identitas', networkRole: 'Peran dalam jaringan',
    guardian: 'Orang tua / wali', relation: 'Hubungan', notes: 'Catatan', warrantNumber: 'Nomor surat perintah',
    warrantDate: 'Tanggal surat perintah', at: 'Waktu', endedAt: 'Waktu berakhir', kind: 'Jenis penahanan',
    startDate: 'Tanggal mulai', days: 'Lama (hari)', endedOn: 'Tanggal berakhir', type: 'Jenis dokumen', number: 'Nomor',
    signatory: 'Penanda tangan', summary: 'Ringkasan', parties: 'Orang yang bersangkutan', ref: 'Rujukan', party: 'Rujukan orang',
    person: 'Identitas', description: 'Uraian barang bukti', category: 'Jenis barang bukti', amount: 'Jumlah uang (Rp)', seizedFrom: 'Disita dari', seizedFromParty: 'Disita dari (orang dalam perkara)', seizedPlace: 'Tempat penyitaan', seizedAt: 'Waktu penyitaan', seizureDocument: 'Surat penyitaan', permissionDocument: 'Izin/persetujuan pengadilan', sealNumber: 'Nomor segel', storage: 'Tempat penyimpanan', disposition: 'Status akhir', releasedBy: 'Yang menyerahkan', receivedBy: 'Yang menerima', purpose: 'Keperluan', location: 'Lokasi', sealIntact: 'Segel utuh', corrects: 'Catatan yang dikoreksi', format: 'Format file', version: 'Versi file', cases: 'Daftar perkara',
  },
  en: {
    lpNumber: 'LP number', lpDate: 'LP date', title: 'Case title', satker: 'Unit (satker)', place: 'Place of the offence',
    offenceStart: 'Time of the offence (start)', offenceEnd: 'Time of the offence (end)', modus: 'Modus', exploitation: 'Form of exploitation',
    recruitmentChannel: 'Recruitment channel', charges: 'Articles charged', team: 'Investigation team', name: 'Name', rank: 'Rank', nrp: 'NRP',
    resume: 'Resume', adultRules: 'Deadline rules', stage: 'Stage', date: 'Date', note: 'Note',
    fullName: 'Full name', alias: 'Alias', nik: 'NIK', birthPlace: 'Place of birth', birthDate: 'Date of birth', sex: 'Sex',
    nationality: 'Nationality', address: 'Address', religion: 'Religion', occupation: 'Occupation', education: 'Education',
    phone: 'Phone number', role: 'Role', confidential: 'Confidential identity', networkRole: 'Role in the network',
    guardian: 'Parent / guardian', relation: 'Relation', notes: 'Notes', warrantNumber: 'Warrant number',
    warrantDate: 'Warrant date', at: 'Time', endedAt: 'Time it ended', kind: 'Kind of detention',
    startDate: 'Start date', days: 'Length (days)', endedOn: 'End date', type: 'Document type', number: 'Number',
    signatory: 'Signatory', summary: 'Summary', parties: 'People concerned', ref: 'Reference', party: 'Person reference',
    person: 'Identity', description: 'Description of the item', category: 'Kind of evidence', amount: 'Amount (Rp)', seizedFrom: 'Seized from', seizedFromParty: 'Seized from (person in the case)', seizedPlace: 'Place of seizure', seizedAt: 'Time of seizure', seizureDocument: 'Seizure warrant or report', permissionDocument: 'Court permission or approval', sealNumber: 'Seal number', storage: 'Storage location', disposition: 'Final disposition', releasedBy: 'Released by', receivedBy: 'Received by', purpose: 'Purpose', location: 'Location', sealIntact: 'Seal intact', corrects: 'Event corrected', format: 'File format', version: 'File version', cases: 'List of cases',
  },
};

/** "team.0.nrp" → "NRP": the last named part of a field path, in words when known. */
function fieldWords(path: string, lang: Lang): string {
  const last = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p)).at(-1) ?? path;
  return FIELD_WORDS[lang][last] ?? last;
}

/** Which parameters are codes to put into words, by parameter name. */
const WORDS_FOR: Record<string, Record<Lang, Record<string, string>>> = {
  kind: DETENTION_WORDS,
  expectedKind: DETENTION_WORDS,
  sex: SEX_WORDS,
  nikSex: SEX_WORDS,
  from: STAGE_WORDS,
  to: STAGE_WORDS,
  expected: ROLE_WORDS,
  found: ROLE_WORDS,
};

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function writtenDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

function paramText(name: string, value: string | number, lang: Lang): string {
  const text = String(value);
  if (name === 'field') return fieldWords(text, lang);
  if (name.endsWith('Date')) return writtenDate(text, lang);
  return WORDS_FOR[name]?.[lang][text] ?? text;
}

export function formatFinding(f: Finding, lang: Lang): string {
  const params: Record<string, string | number> = { field: f.field, ...f.params };
  return catalogs[lang][f.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : paramText(name, value, lang);
  });
}
