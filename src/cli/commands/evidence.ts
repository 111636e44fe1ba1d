// `berkas evidence`, `berkas custody` and `berkas attach`: barang bukti, their chain of custody and
// their attached files (domain/TPPO.md, "Chain of custody"). Status and holder are never typed:
// they are read from the custody events. Reading commands open the case file read-only; verify
// and export write nothing into it.
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  attachFile,
  exportAttachment,
  listAttachments,
  verifyAttachments,
  type AttachmentCheck,
} from '../../core/services/attachments';
import { findPerkara } from '../../core/services/cases';
import { getDocument } from '../../core/services/documents';
import { addCustodyEvent, addEvidence, findEvidence, listCustody, listEvidence } from '../../core/services/evidence';
import { getSettings } from '../../core/services/settings';
import type { ReadableDb } from '../../core/store/db';
import { openCaseFile, using } from '../../core/store/open';
import { isInside } from '../../core/store/paths';
import type { PerkaraSummary } from '../../shared/domain/case';
import {
  CUSTODY_PURPOSES,
  EVIDENCE_CATEGORIES,
  type Attachment,
  type Evidence,
  type EvidenceCategory,
} from '../../shared/domain/evidence';
import { AppError } from '../../shared/errors';
import { formatError } from '../../shared/i18n/error-messages';
import { formatDateTime } from '../../shared/format';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

type Common = { user?: string; 'passphrase-file'?: string };
type CaseOption = Common & { case?: string };
type ItemOption = CaseOption & { item?: string };

export type EvidenceAddOptions = CaseOption & {
  desc?: string;
  category?: string;
  amount?: string;
  'seized-from'?: string;
  'seized-at'?: string;
  place?: string;
  seal?: string;
  storage?: string;
};
export type CustodyAddOptions = ItemOption & {
  from?: string;
  to?: string;
  purpose?: string;
  at?: string;
  location?: string;
  'seal-intact'?: string;
  note?: string;
  corrects?: string;
};
export type AttachOptions = ItemOption & { protected?: string; hashes?: boolean };
export type ExportOptions = ItemOption & { name?: string; out?: string };

// ---- arguments, checked before the case file is unlocked so a typo costs no passphrase ----

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new AppError('INVALID_INPUT', { detail: `${flag} is required (berkas --help)` });
  return value;
}

/** "3", "BB-3", "BB 3" or "bb3": people cite an item by its number within the case. */
function itemNumber(value: string | undefined): number {
  const match = /^(?:BB[-\s]?)?(\d{1,9})$/i.exec(required(value, '--item').trim());
  const n = match ? Number(match[1]) : 0;
  if (n < 1) throw new AppError('INVALID_INPUT', { detail: `--item takes the item's number, e.g. 3 or BB-3 (got "${value}")` });
  return n;
}

function yesNo(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'ya' || v === 'y') return true;
  if (v === 'no' || v === 'tidak' || v === 'n') return false;
  throw new AppError('INVALID_INPUT', { detail: `${flag} takes yes or no (ya or tidak) (got "${value}")` });
}

/** Rupiah as a whole number: "15000000" or with thousands dots as written in Indonesia, "15.000.000". */
function rupiah(value: string | undefined): number | null {
  if (value === undefined) return null;
  const v = value.trim().replace(/^Rp\.?\s*/i, '');
  if (!/^\d+$/.test(v) && !/^\d{1,3}(\.\d{3})+$/.test(v)) {
    throw new AppError('INVALID_INPUT', { detail: `--amount takes whole rupiah, e.g. 15000000 or 15.000.000 (got "${value}")` });
  }
  return Number(v.replaceAll('.', ''));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A date and time with its zone. Required here rather than guessed: "2026-10-20T10:00" alone would
 * be read in the workstation's zone, not the unit's, and a handover time is evidence.
 */
function instant(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!INSTANT.test(v) || Number.isNaN(Date.parse(v))) {
    throw new AppError('INVALID_INPUT', { detail: `${flag} takes a date and time with its zone, e.g. 2026-10-20T10:00:00+08:00 (got "${value}")` });
  }
  return v;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const found = allowed.find((a) => a === value);
  if (!found) throw new AppError('INVALID_INPUT', { detail: `${flag} takes one of ${allowed.join(', ')} (got "${value}")` });
  return found;
}

// ---- lookups inside an open case file ----

function caseOf(io: Io, db: ReadableDb, value: string): PerkaraSummary {
  const perkara = findPerkara(db, value);
  if (!perkara) throw new AppError('INVALID_INPUT', { detail: t(io, `tidak ada perkara ${value}`, `no case ${value}`) });
  return perkara;
}

function itemOf(io: Io, db: ReadableDb, perkara: PerkaraSummary, n: number): Evidence {
  const item = findEvidence(db, perkara.id, n);
  if (!item) throw new AppError('INVALID_INPUT', { detail: t(io, `tidak ada barang bukti BB-${n} dalam perkara ${perkara.lpNumber}`, `no evidence item BB-${n} in case ${perkara.lpNumber}`) });
  return item;
}

// Progress is for a person watching a terminal; in a script or a log it would only be noise.
function progressLine(): { show: (text: string) => void; end: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    show: (text) => {
      if (!tty) return;
      shown = true;
      process.stderr.write(`\r${text}\x1b[K`);
    },
    end: () => {
      // Whatever follows (a result or a refusal) must start on a line of its own.
      if (shown) process.stderr.write('\n');
      shown = false;
    },
  };
}

const percent = (done: number, total: number | null): string => (total ? `${Math.floor((done / Math.max(total, 1)) * 100)}%` : `${done}`);

// ---- evidence add / list ----

/** Prints the new item's number alone on the first line (for scripts), then "BB-N" and what it is. */
export async function evidenceAddCommand(io: Io, dir: string, opts: EvidenceAddOptions): Promise<void> {
  const lp = required(opts.case, '--case');
  const description = required(opts.desc, '--desc');
  const category: EvidenceCategory = oneOf(opts.category ?? 'fisik', EVIDENCE_CATEGORIES, '--category');
  const amount = rupiah(opts.amount);
  const seizedAt = instant(opts['seized-at'], '--seized-at') ?? null;
  const credentials = await userCredentials(io, opts);
  try {
    const item = await using(openCaseFile(dir, credentials, 'write'), (s) =>
      addEvidence(s, caseOf(io, s.db, lp).id, {
        description,
        category,
        amount,
        seizedFrom: opts['seized-from'] ?? '',
        seizedAt,
        seizedPlace: opts.place ?? '',
        sealNumber: opts.seal ?? '',
        storage: opts.storage ?? '',
      }),
    );
    io.out(String(item.number));
    io.out(t(io, `BB-${item.number} dicatat: ${item.description}`, `BB-${item.number} recorded: ${item.description}`));
  } finally {
    forget(credentials);
  }
}

// Status names are the procedure's own terms; they stay Indonesian in English output too, as the
// stage names do in `berkas cases`.
const statusWords = (status: Evidence['status']): string => status.replaceAll('_', ' ');

/** Rows of cells as columns padded to the widest cell; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

export async function evidenceListCommand(io: Io, dir: string, opts: CaseOption & { json?: boolean }): Promise<void> {
  const lp = required(opts.case, '--case');
  const credentials = await userCredentials(io, opts);
  try {
    const { perkara, rows } = await using(openCaseFile(dir, credentials, 'read'), (s) => {
      const p = caseOf(io, s.db, lp);
      return { perkara: p, rows: listEvidence(s.db, p.id).map((e) => ({ item: e, attachments: listAttachments(s.db, { evidenceId: e.id }).length })) };
    });
    if (opts.json) {
      const out = rows.map(({ item: e, attachments }) => ({
        id: e.id,
        number: e.number,
        category: e.category,
        description: e.description,
        amount: e.amount,
        status: e.status,
        holder: e.holder,
        sealNumber: e.sealNumber,
        storage: e.storage,
        attachments,
      }));
      io.out(JSON.stringify(out, null, 2));
      return;
    }
    const header = [
      'No',
      t(io, 'Kategori', 'Category'),
      t(io, 'Status', 'Status'),
      t(io, 'Pemegang', 'Holder'),
      t(io, 'Segel', 'Seal'),
      t(io, 'Lampiran', 'Files'),
      t(io, 'Uraian', 'Description'),
    ];
    const body = rows.map(({ item: e, attachments }) => [
      `BB-${e.number}`,
      e.category,
      statusWords(e.status),
      e.holder || '-',
      e.sealNumber || '-',
      String(attachments),
      e.amount === null ? e.description : `${e.description} (Rp ${e.amount.toLocaleString('id-ID')})`,
    ]);
    for (const line of table([header, ...body])) io.out(line);
    io.out(t(io, `${rows.length} barang bukti dalam perkara ${perkara.lpNumber}.`, `${rows.length} evidence item${rows.length === 1 ? '' : 's'} in case ${perkara.lpNumber}.`));
  } finally {
    forget(credentials);
  }
}

// ---- custody add / log ----

/** Prints the new event's number alone on the first line (what --corrects takes), then the item's state. */
export async function custodyAddCommand(io: Io, dir: string, opts: CustodyAddOptions): Promise<void> {
  const lp = required(opts.case, '--case');
  const n = itemNumber(opts.item);
  const releasedBy = required(opts.from, '--from');
  const receivedBy = required(opts.to, '--to');
  const wanted = required(opts.purpose, '--purpose');
  const purpose = CUSTODY_PURPOSES.find((p) => p === wanted);
  if (!purpose) {
    throw new AppError('INVALID_INPUT', {
      detail: t(io, `--purpose harus salah satu dari: ${CUSTODY_PURPOSES.join(', ')} (bukan "${wanted}")`, `--purpose takes one of: ${CUSTODY_PURPOSES.join(', ')} (got "${wanted}")`),
    });
  }
  const sealIntact = yesNo(opts['seal-intact'], '--seal-intact') ?? null;
  const correctsSeq = opts.corrects === undefined ? null : Number(opts.corrects.trim().replace(/^#/, ''));
  if (correctsSeq !== null && (!Number.isInteger(correctsSeq) || correctsSeq < 1)) {
    throw new AppError('INVALID_INPUT', { detail: `--corrects takes the number of the event it corrects, as custody log shows it (got "${opts.corrects}")` });
  }
  // The handover is usually recorded as it happens; --at is for recording one after the fact.
  const at = instant(opts.at, '--at') ?? new Date().toISOString();
  const credentials = await userCredentials(io, opts);
  try {
    const { event, item } = await using(openCaseFile(dir, credentials, 'write'), (s) => {
      const target = itemOf(io, s.db, caseOf(io, s.db, lp), n);
      let corrects: string | null = null;
      if (correctsSeq !== null) {
        const old = listCustody(s.db, target.id).find((e) => e.seq === correctsSeq);
        if (!old) throw new AppError('INVALID_INPUT', { detail: t(io, `BB-${n} tidak punya catatan serah terima #${correctsSeq}`, `BB-${n} has no custody event #${correctsSeq}`) });
        corrects = old.id;
      }
      const added = addCustodyEvent(s, target.id, {
        releasedBy,
        receivedBy,
        at,
        purpose,
        location: opts.location ?? '',
        sealIntact,
        note: opts.note ?? '',
        corrects,
      });
      return { event: added, item: itemOf(io, s.db, caseOf(io, s.db, lp), n) };
    });
    io.out(String(event.seq));
    io.out(
      t(
        io,
        `Serah terima #${event.seq} BB-${n} dicatat. Status: ${statusWords(item.status)}; dipegang oleh ${item.holder || '-'}.`,
        `Custody event #${event.seq} of BB-${n} recorded. Status: ${statusWords(item.status)}; held by ${item.holder || '-'}.`,
      ),
    );
  } finally {
    forget(credentials);
  }
}

function sealWords(io: Io, intact: boolean | null): string {
  if (intact === null) return '';
  return intact ? t(io, 'segel utuh', 'seal intact') : t(io, 'SEGEL TIDAK UTUH', 'SEAL NOT INTACT');
}

/** The events in the order recorded; a corrected event stays in the log, marked, and no longer counts. */
export async function custodyLogCommand(io: Io, dir: string, opts: ItemOption): Promise<void> {
  const lp = required(opts.case, '--case');
  const n = itemNumber(opts.item);
  const credentials = await userCredentials(io, opts);
  try {
    const { item, events, zone } = await using(openCaseFile(dir, credentials, 'read'), (s) => {
      const found = itemOf(io, s.db, caseOf(io, s.db, lp), n);
      return { item: found, events: listCustody(s.db, found.id), zone: getSettings(s.db).timeZone };
    });
    io.out(`BB-${item.number} ${item.description}`);
    const seqOf = new Map(events.map((e) => [e.id, e.seq]));
    for (const e of events) {
      const marks = [
        e.corrects ? t(io, `mengoreksi #${seqOf.get(e.corrects) ?? '?'}`, `corrects #${seqOf.get(e.corrects) ?? '?'}`) : '',
        e.correctedBy ? t(io, `DIKOREKSI oleh #${seqOf.get(e.correctedBy) ?? '?'}`, `CORRECTED by #${seqOf.get(e.correctedBy) ?? '?'}`) : '',
      ].filter(Boolean);
      const details = [e.location, sealWords(io, e.sealIntact), e.note].filter(Boolean).join('; ');
      io.out(
        [
          `#${e.seq}`.padStart(4),
          formatDateTime(e.at, io.lang, zone),
          e.purpose,
          `${e.releasedBy} → ${e.receivedBy}`,
          details,
          marks.length ? `[${marks.join('; ')}]` : '',
        ]
          .filter(Boolean)
          .join('  '),
      );
    }
    io.out(
      t(
        io,
        `${events.length} catatan serah terima. Status: ${statusWords(item.status)}; dipegang oleh ${item.holder || '-'}.`,
        `${events.length} custody event${events.length === 1 ? '' : 's'}. Status: ${statusWords(item.status)}; held by ${item.holder || '-'}.`,
      ),
    );
  } finally {
    forget(credentials);
  }
}

// ---- attach ----

/**
 * Prints one `SHA256  NAME` line per file, as sha256sum does, so the output can be checked with
 * `sha256sum -c` in the source folder; with --hashes also `SHA1 (NAME) = …` and `MD5 (NAME) = …`
 * (the BSD tag form, which names its algorithm). Ctrl-C cancels the file being stored and leaves
 * nothing of it; the files already stored (and printed) stay attached.
 */
export async function attachCommand(io: Io, dir: string, files: string[], opts: AttachOptions): Promise<void> {
  const lp = required(opts.case, '--case');
  const n = itemNumber(opts.item);
  if (files.length === 0) throw new AppError('INVALID_INPUT', { detail: 'FILE missing (berkas --help)' });
  const isProtected = yesNo(opts.protected, '--protected');
  // Every file is checked first: a typo in the third must not leave the first two attached.
  for (const file of files) {
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new AppError('IO_ERROR', { path: file, detail: t(io, 'berkas tidak dapat dibaca', 'cannot read the file') });
    }
    if (!isFile) throw new AppError('IO_ERROR', { path: file, detail: t(io, 'bukan berkas biasa', 'not a file') });
  }
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  // Only the first Ctrl-C cancels cleanly; with the handler gone, a second one ends the process at
  // once (a .partial it leaves is cleared at the next open for writing).
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  const progress = progressLine();
  const credentials = await userCredentials(io, opts);
  try {
    await using(openCaseFile(dir, credentials, 'write'), async (s) => {
      const item = itemOf(io, s.db, caseOf(io, s.db, lp), n);
      for (const file of files) {
        if (controller.signal.aborted) throw new AppError('CANCELLED');
        const name = basename(file);
        const a = await attachFile(s, { evidenceId: item.id }, file, {
          protected: isProtected,
          extraHashes: opts.hashes,
          signal: controller.signal,
          onProgress: (done, total) => progress.show(`${t(io, 'Menyimpan', 'Storing')} ${name} ${percent(done, total)}`),
        });
        progress.end();
        io.out(`${a.sha256}  ${a.name}`);
        if (a.sha1) io.out(`SHA1 (${a.name}) = ${a.sha1}`);
        if (a.md5) io.out(`MD5 (${a.name}) = ${a.md5}`);
      }
    });
  } finally {
    progress.end();
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
    forget(credentials);
  }
}

// ---- verify / export ----

// The result words are fixed, as sha256sum's OK and FAILED are, so scripts can read them in any language.
function resultWord(check: AttachmentCheck): 'OK' | 'TAMPERED' | 'MISSING' | 'ERROR' {
  if (check.ok) return 'OK';
  if (check.error?.code === 'BLOB_TAMPERED') return 'TAMPERED';
  if (check.error?.code === 'BLOB_MISSING') return 'MISSING';
  return 'ERROR';
}

/** Where an attachment belongs, as people cite it: "BB-3" or the document's type and number. */
function ownerLabel(db: ReadableDb, a: Attachment, numbers: Map<string, number>): string {
  if (a.evidenceId) return `BB-${numbers.get(a.evidenceId) ?? '?'}`;
  if (a.documentId) {
    const d = getDocument(db, a.documentId);
    return `${d.type} ${d.number}`.trim();
  }
  return '-';
}

/** Exit 0 when every attachment's content still matches its SHA-256, 1 naming each one that does not. */
export async function evidenceVerifyCommand(io: Io, dir: string, opts: CaseOption): Promise<number> {
  const credentials = await userCredentials(io, opts);
  const progress = progressLine();
  try {
    const lines = await using(openCaseFile(dir, credentials, 'read'), async (s) => {
      const perkara = opts.case === undefined ? null : caseOf(io, s.db, opts.case);
      const checks = await verifyAttachments(s, perkara?.id ?? null, (done, total) => progress.show(`${t(io, 'Memeriksa', 'Checking')} ${done}/${total}`));
      progress.end();
      const lpOf = new Map<string, string>();
      const numbers = new Map<string, number>();
      for (const c of checks) {
        const pid = c.attachment.perkaraId;
        if (!lpOf.has(pid)) {
          const p = findPerkara(s.db, pid);
          lpOf.set(pid, p?.lpNumber ?? pid);
          for (const e of listEvidence(s.db, pid)) numbers.set(e.id, e.number);
        }
      }
      return checks.map((c) => ({
        check: c,
        // Without --case the attachments of many cases are listed: name the case too.
        where: [perkara ? '' : (lpOf.get(c.attachment.perkaraId) ?? ''), ownerLabel(s.db, c.attachment, numbers)].filter(Boolean).join('  '),
      }));
    });
    const failed = lines.filter((l) => !l.check.ok);
    for (const { check, where } of lines) {
      io.out(`${resultWord(check).padEnd(8)}  ${where}  ${check.attachment.name}`);
      if (check.error && resultWord(check) === 'ERROR') io.out(`          ${formatError(check.error, io.lang)}`);
    }
    if (failed.length === 0) {
      io.out(t(io, `${lines.length} lampiran diperiksa; semuanya utuh.`, `${lines.length} attachment${lines.length === 1 ? '' : 's'} checked; all intact.`));
      return 0;
    }
    const names = failed.map((l) => `${l.check.attachment.name} (${l.where})`).join(', ');
    io.out(
      t(
        io,
        `${failed.length} dari ${lines.length} lampiran tidak utuh: ${names}. Pulihkan dari cadangan.`,
        `${failed.length} of ${lines.length} attachment${lines.length === 1 ? '' : 's'} failed: ${names}. Restore from a backup.`,
      ),
    );
    return 1;
  } finally {
    progress.end();
    forget(credentials);
  }
}

/** Writes an attachment's content to --out (a new file, or into a folder) only once its SHA-256 holds. */
export async function evidenceExportCommand(io: Io, dir: string, opts: ExportOptions): Promise<void> {
  const lp = required(opts.case, '--case');
  const n = itemNumber(opts.item);
  const wanted = required(opts.name, '--name');
  const out = required(opts.out, '--out');
  const credentials = await userCredentials(io, opts);
  try {
    const { attachment, dest } = await using(openCaseFile(dir, credentials, 'read'), async (s) => {
      const item = itemOf(io, s.db, caseOf(io, s.db, lp), n);
      const all = listAttachments(s.db, { evidenceId: item.id });
      // The id is accepted too, for when two files of one item carry the same name.
      const matches = all.filter((a) => a.name === wanted || a.id === wanted);
      if (matches.length === 0) {
        const have = all.map((a) => a.name).join(', ') || '-';
        throw new AppError('INVALID_INPUT', { detail: t(io, `BB-${n} tidak punya lampiran ${wanted} (ada: ${have})`, `BB-${n} has no attachment ${wanted} (it has: ${have})`) });
      }
      const [a] = matches;
      if (!a || matches.length > 1) {
        const ids = matches.map((m) => m.id).join(', ');
        throw new AppError('INVALID_INPUT', { detail: t(io, `BB-${n} punya ${matches.length} lampiran bernama ${wanted}; sebut id-nya: ${ids}`, `BB-${n} has ${matches.length} attachments named ${wanted}; give its id: ${ids}`) });
      }
      // Into a folder under the stored name (its last part only: a name is never a path).
      const target = existsSync(out) && statSync(out).isDirectory() ? join(out, basename(a.name)) : out;
      // Plaintext never goes into the case folder, where it would sit unencrypted beside the data.
      if (isInside(resolve(target), s.dir)) {
        throw new AppError('INVALID_INPUT', { detail: t(io, `${target} ada di dalam folder berkas kasus; pilih tempat lain`, `${target} is inside the case folder; choose another place`) });
      }
      // Never over an existing file: evidence handed on must not silently replace another copy.
      if (existsSync(target)) throw new AppError('INVALID_INPUT', { detail: t(io, `${target} sudah ada; tidak ditimpa`, `${target} already exists; not overwritten`) });
      await exportAttachment(s, a.id, target);
      return { attachment: a, dest: target };
    });
    io.out(
      t(
        io,
        `Lampiran ${attachment.name} (BB-${n}) diekspor ke ${dest}; SHA-256 cocok: ${attachment.sha256}`,
        `Attachment ${attachment.name} (BB-${n}) exported to ${dest}; SHA-256 verified: ${attachment.sha256}`,
      ),
    );
  } finally {
    forget(credentials);
  }
}
