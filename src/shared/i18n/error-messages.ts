// One sentence per error code, in Bahasa Indonesia (default) and English. `{name}` is replaced by
// the error's parameter of that name.
import type { AppError, ErrorCode, ErrorParams } from '../errors';
import { FINDING_CODES, type FindingCode } from '../rules/findings';
import { formatFinding } from './finding-messages';

const isFindingCode = (s: string): s is FindingCode => (FINDING_CODES as readonly string[]).includes(s);

export type Lang = 'id' | 'en';

type Catalog = Record<ErrorCode, string>;

const id: Catalog = {
  NOT_A_CASE_FILE: '{path} bukan berkas kasus Berkas (tidak ada case.db dan keys.json).',
  CASE_FILE_EXISTS: '{path} sudah ada dan tidak kosong; pilih folder baru untuk berkas kasus.',
  KEYS_MISSING:
    'File kunci keys.json tidak ada di {path}; tanpa file itu berkas kasus tidak dapat dibuka. Pulihkan dari cadangan.',
  KEYS_DAMAGED: 'File kunci keys.json di {path} rusak ({detail}). Pulihkan dari cadangan.',
  KEYS_NEWER_VERSION:
    'File kunci keys.json dibuat oleh versi Berkas yang lebih baru (format {found}, versi ini membaca sampai {supported}). Perbarui Berkas.',
  DB_DAMAGED: 'Basis data case.db rusak atau tidak cocok dengan keys.json ({detail}). Pulihkan dari cadangan.',
  DB_NEWER_VERSION:
    'Berkas kasus ini dibuat oleh versi Berkas yang lebih baru (skema {found}, versi ini sampai {supported}). Perbarui Berkas; file tidak diubah.',
  DB_NEEDS_UPGRADE:
    'Berkas kasus ini memakai skema lama ({found}); buka sekali untuk mengubah data agar diperbarui ke skema {supported}.',
  WRONG_CREDENTIALS: 'Nama pengguna atau frasa sandi salah.',
  WRONG_RECOVERY_KEY: 'Kunci pemulihan salah untuk berkas kasus ini.',
  USER_REMOVED: 'Pengguna {login} sudah dihapus dari berkas kasus ini.',
  UNKNOWN_USER: 'Tidak ada pengguna {login} di berkas kasus ini.',
  LOCKED: 'Berkas kasus sedang dibuka di komputer {host} (akun {account}) sejak {since}. Tutup di sana dahulu.',
  LOCKED_UNKNOWN_HOLDER: 'Berkas kasus sedang dibuka oleh jendela atau perintah Berkas lain. Tutup di sana dahulu.',
  FORBIDDEN: 'Peran {role} tidak boleh {action}.',
  INVALID_INPUT: 'Isian tidak sah: {detail}',
  INVALID_FIELD: '{record}: {problem}',
  LP_TAKEN: 'Perkara dengan nomor LP {lpNumber} sudah tercatat di berkas kasus ini; tidak ada yang disimpan.',
  NOT_FOUND: 'Data {record} tidak ditemukan; mungkin sudah dihapus.',
  IN_USE: '{record} masih dirujuk oleh {count} {by}; hapus atau ubah rujukan itu dahulu.',
  BLOB_TAMPERED:
    'Lampiran {name} telah berubah sejak direkam (isi terenkripsinya tidak cocok dengan hash SHA-256 yang tercatat); isinya tidak dikeluarkan. Pulihkan dari cadangan.',
  UNPRINTABLE_CHARACTER: 'Karakter "{char}" ({codePoint}) di {field} tidak ada pada huruf yang dipakai berkas perkara, jadi tidak dapat dicetak. Ganti karakter itu, lalu ekspor lagi.',
  BLOB_MISSING: 'File lampiran {name} tidak ada di folder berkas kasus. Pulihkan dari cadangan.',
  PASSPHRASE_TOO_SHORT: 'Frasa sandi terlalu pendek: minimal {min} karakter, yang diberikan {length}.',
  PASSPHRASE_IS_LOGIN: 'Frasa sandi tidak boleh sama dengan nama pengguna.',
  LOGIN_INVALID:
    'Nama pengguna "{login}" tidak sah: 2 sampai 32 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf.',
  LOGIN_TAKEN: 'Nama pengguna {login} sudah dipakai di berkas kasus ini.',
  NO_PASSPHRASE:
    'Frasa sandi tidak diberikan: isi {variable}, pakai --passphrase-file, atau jalankan di terminal untuk diminta.',
  NO_USER: 'Pengguna tidak disebut: pakai --user LOGIN atau isi BERKAS_USER.',
  UNKNOWN_SETTING: 'Pengaturan "{key}" tidak dikenal. Yang dapat diubah: {allowed}.',
  CANCELLED: 'Dibatalkan; tidak ada yang tertinggal setengah jadi.',
  NOT_UNLOCKED: 'Berkas kasus belum dibuka: masuk dahulu.',
  NOT_A_BACKUP: '{path} bukan file cadangan Berkas.',
  BACKUP_DAMAGED: 'File cadangan {path} rusak atau tidak lengkap ({detail}); tidak ada yang dipulihkan.',
  BACKUP_NEWER_VERSION: 'File cadangan ini dibuat oleh versi Berkas yang lebih baru (format {found}). Perbarui Berkas.',
  DISK_FULL: 'Disk penuh: perubahan tidak disimpan, data terakhir yang tersimpan tetap utuh.',
  READ_ONLY_FS: 'Folder {path} tidak dapat ditulisi.',
  IO_ERROR: 'Gagal membaca atau menulis {path}: {detail}.',
  INTERNAL: 'Terjadi kesalahan internal ({detail}). Data terakhir yang tersimpan tetap utuh.',
};

const en: Catalog = {
  NOT_A_CASE_FILE: '{path} is not a Berkas case file (it has no case.db and keys.json).',
  CASE_FILE_EXISTS: '{path} already exists and is not empty; choose a new folder for the case file.',
  KEYS_MISSING:
    'The key file keys.json is missing from {path}; the case file cannot be opened without it. Restore it from a backup.',
  KEYS_DAMAGED: 'The key file keys.json in {path} is damaged ({detail}). Restore it from a backup.',
  KEYS_NEWER_VERSION:
    'The key file keys.json was written by a newer version of Berkas (format {found}, this version reads up to {supported}). Update Berkas.',
  DB_DAMAGED: 'The database case.db is damaged or does not match keys.json ({detail}). Restore it from a backup.',
  DB_NEWER_VERSION:
    'This case file was made by a newer version of Berkas (schema {found}, this version reads up to {supported}). Update Berkas; the file was not changed.',
  DB_NEEDS_UPGRADE:
    'This case file uses an older schema ({found}); open it once to make a change and it will be upgraded to schema {supported}.',
  WRONG_CREDENTIALS: 'Wrong user name or passphrase.',
  WRONG_RECOVERY_KEY: 'That recovery key does not belong to this case file.',
  USER_REMOVED: 'The user {login} has been removed from this case file.',
  UNKNOWN_USER: 'There is no user {login} in this case file.',
  LOCKED: 'The case file is open on computer {host} (account {account}) since {since}. Close it there first.',
  LOCKED_UNKNOWN_HOLDER: 'The case file is open in another Berkas window or command. Close it there first.',
  FORBIDDEN: 'The role {role} may not {action}.',
  INVALID_INPUT: 'Invalid input: {detail}',
  INVALID_FIELD: '{record}: {problem}',
  LP_TAKEN: 'A case with LP number {lpNumber} is already recorded in this case file; nothing was saved.',
  NOT_FOUND: 'The record {record} was not found; it may have been deleted.',
  IN_USE: '{record} is still referred to by {count} {by}; remove or change those first.',
  BLOB_TAMPERED:
    'The attachment {name} has changed since it was recorded (its encrypted content does not match the recorded SHA-256); nothing of it was released. Restore it from a backup.',
  UNPRINTABLE_CHARACTER: 'The character "{char}" ({codePoint}) in {field} is not in the fonts the dossier uses, so it cannot be printed. Replace it, then export again.',
  BLOB_MISSING: 'The file of the attachment {name} is missing from the case folder. Restore it from a backup.',
  PASSPHRASE_TOO_SHORT: 'The passphrase is too short: at least {min} characters, this one has {length}.',
  PASSPHRASE_IS_LOGIN: 'The passphrase must not be the user name.',
  LOGIN_INVALID:
    'The user name "{login}" is not valid: 2 to 32 lower-case letters, digits, dots, underscores or hyphens, starting with a letter.',
  LOGIN_TAKEN: 'The user name {login} is already taken in this case file.',
  NO_PASSPHRASE:
    'No passphrase given: set {variable}, use --passphrase-file, or run in a terminal to be asked.',
  NO_USER: 'No user given: use --user LOGIN or set BERKAS_USER.',
  UNKNOWN_SETTING: 'Unknown setting "{key}". These can be changed: {allowed}.',
  CANCELLED: 'Cancelled; nothing was left half-written.',
  NOT_UNLOCKED: 'No case file is open: sign in first.',
  NOT_A_BACKUP: '{path} is not a Berkas backup file.',
  BACKUP_DAMAGED: 'The backup file {path} is damaged or incomplete ({detail}); nothing was restored.',
  BACKUP_NEWER_VERSION: 'This backup was made by a newer version of Berkas (format {found}). Update Berkas.',
  DISK_FULL: 'The disk is full: the change was not saved, and the last saved data is intact.',
  READ_ONLY_FS: 'The folder {path} cannot be written to.',
  IO_ERROR: 'Could not read or write {path}: {detail}.',
  INTERNAL: 'An internal error occurred ({detail}). The last saved data is intact.',
};

const catalogs: Record<Lang, Catalog> = { id, en };

// What a role was refused, as the FORBIDDEN message names it.
const ACTION_WORDS: Record<Lang, Record<string, string>> = {
  id: {
    manageUsers: 'mengelola pengguna',
    editSettings: 'mengubah pengaturan berkas kasus',
    editCases: 'mengubah data perkara',
  },
  en: { manageUsers: 'manage users', editSettings: 'change the case file settings', editCases: 'change case records' },
};

// What still refers to a record IN_USE names.
const USED_BY_WORDS: Record<Lang, Record<string, string>> = {
  id: { document_party: 'dokumen', arrest: 'catatan penangkapan', detention: 'catatan penahanan', evidence: 'barang bukti', custody_event: 'catatan serah terima', attachment: 'lampiran', dossier_export: 'ekspor berkas perkara' },
  en: { document_party: 'document(s)', arrest: 'arrest record(s)', detention: 'detention record(s)', evidence: 'evidence item(s)', custody_event: 'custody event(s)', attachment: 'attachment(s)', dossier_export: 'dossier export(s)' },
};

function wordsFor(code: ErrorCode, params: ErrorParams, lang: Lang): ErrorParams {
  switch (code) {
    case 'FORBIDDEN':
      return { ...params, action: ACTION_WORDS[lang][String(params.action)] ?? params.action ?? '' };
    case 'IN_USE':
      return { ...params, by: USED_BY_WORDS[lang][String(params.by)] ?? params.by ?? '' };
    case 'INVALID_FIELD': {
      const rule = String(params.rule ?? '');
      const field = String(params.field ?? '');
      const problem = isFindingCode(rule) ? formatFinding({ field, code: rule, params }, lang) : `${field}: ${String(params.detail ?? rule)}`;
      return { ...params, problem };
    }
    default:
      return params;
  }
}

export function formatMessage(code: ErrorCode, params: ErrorParams, lang: Lang): string {
  const words = wordsFor(code, params, lang);
  return catalogs[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in words ? String(words[name]) : whole,
  );
}

export function formatError(error: Pick<AppError, 'code' | 'params'>, lang: Lang): string {
  return formatMessage(error.code, error.params, lang);
}
