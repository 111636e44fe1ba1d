// `berkas cases` and `berkas deadlines`: the case list and the clocks an investigator must not miss,
// read-only. Dates are written as Indonesian letters write them ("20 Maret 2026"), counted in the
// unit's time zone from the case file settings, never the workstation's.
import { listPerkaraPage } from '../../core/services/case-list';
import { allDeadlines, perkaraDeadlines } from '../../core/services/deadlines';
import { getSettings } from '../../core/services/settings';
import type { ReadableDb } from '../../core/store/db';
import { openCaseFile, using } from '../../core/store/open';
import type { PerkaraSummary, Stage } from '../../shared/domain/case';
import type { TimeZone } from '../../shared/domain/settings';
import { AppError } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/error-messages';
import { localDateTime } from '../../shared/rules/dates';
import type { Deadline } from '../../shared/rules/deadlines';
import type { DetentionKind } from '../../shared/rules/rulesets';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

type Common = { user?: string; 'passphrase-file'?: string };
export type ListOptions = Common & { json?: boolean; now?: string };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant `--now` names. A zone is required: "2026-11-26T09:00" alone would be read in the
 * workstation's zone, which is exactly the mistake the unit's time-zone setting exists to avoid.
 */
export function parseNow(value: string | undefined, fallback: () => Date = () => new Date()): Date {
  if (value === undefined) return fallback();
  const ms = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new AppError('INVALID_INPUT', { detail: `--now takes a date and time with its zone, e.g. 2026-11-26T09:00:00+08:00 (got "${value}")` });
  }
  return new Date(ms);
}

/** Every case sorted by LP (year, month, number), read a page at a time as the case list does. */
export function perkaraByLp(db: ReadableDb): PerkaraSummary[] {
  const out: PerkaraSummary[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = listPerkaraPage(db, { offset, limit, sort: 'lpNumber', direction: 'asc', filter: '' });
    out.push(...page.rows);
    if (page.rows.length < limit) return out;
  }
}

// ---- words ----

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** '2026-03-20' → "20 Maret 2026"; from the text itself, so no time zone can shift the day. */
export function dateWords(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const month = MONTHS[lang][(m ?? 0) - 1];
  return month && y && d ? `${d} ${month} ${y}` : iso;
}

/** The last day; for an arrest also the hour it runs out, on the unit's clock ("pukul 22.15 WITA"). */
function dueWords(d: Deadline, lang: Lang, zone: TimeZone): string {
  if (d.dueAt === null) return dateWords(d.due, lang);
  const local = localDateTime(new Date(d.dueAt), zone);
  const time = local.slice(11, 16);
  return lang === 'id' ? `${dateWords(local, lang)} pukul ${time.replace(':', '.')} ${zone}` : `${dateWords(local, lang)} at ${time} ${zone}`;
}

const DETENTION_WORDS: Record<Lang, Record<DetentionKind, string>> = {
  id: {
    penyidik: 'penahanan penyidik',
    perpanjangan_pu: 'perpanjangan oleh penuntut umum',
    perpanjangan_pn_1: 'perpanjangan pertama oleh ketua pengadilan negeri',
    perpanjangan_pn_2: 'perpanjangan kedua oleh ketua pengadilan negeri',
  },
  en: {
    penyidik: 'detention by the investigator',
    perpanjangan_pu: 'extension by the prosecutor',
    perpanjangan_pn_1: 'first extension by the court chief',
    perpanjangan_pn_2: 'second extension by the court chief',
  },
};

const KIND_WORDS: Record<Lang, Record<Exclude<Deadline['kind'], 'detention'>, string>> = {
  id: { arrest: 'penangkapan', spdp: 'SPDP', prosecutor_answer: 'jawaban jaksa', p19_return: 'pengembalian berkas P-19' },
  en: { arrest: 'arrest', spdp: 'SPDP', prosecutor_answer: "prosecutor's answer", p19_return: 'return of the berkas after P-19' },
};

export function kindWords(d: Pick<Deadline, 'kind' | 'detentionKind'>, lang: Lang): string {
  if (d.kind === 'detention') return d.detentionKind ? DETENTION_WORDS[lang][d.detentionKind] : DETENTION_WORDS[lang].penyidik;
  return KIND_WORDS[lang][d.kind];
}

/** 0 is the last day, not "none left": the deadline is still met by acting today. */
export function daysLeftWords(n: number, lang: Lang): string {
  if (lang === 'en') return n > 0 ? `${n} day${n === 1 ? '' : 's'} left` : n === 0 ? 'last day today' : `${-n} day${n === -1 ? '' : 's'} overdue`;
  return n > 0 ? `${n} hari lagi` : n === 0 ? 'hari terakhir' : `lewat ${-n} hari`;
}

// The stage names are the procedure's own terms; they stay Indonesian in English output too.
const STAGE_WORDS: Record<Stage, string> = {
  penyelidikan: 'penyelidikan',
  penyidikan: 'penyidikan',
  tahap_1: 'tahap I',
  dikembalikan: 'dikembalikan (P-19)',
  lengkap: 'lengkap (P-21)',
  tahap_2: 'tahap II',
  sp3: 'SP3',
};

/** Rows of cells as columns padded to the widest cell; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

// ---- commands ----

export async function casesCommand(io: Io, dir: string, opts: ListOptions): Promise<void> {
  const now = parseNow(opts.now);
  const credentials = await userCredentials(io, opts);
  try {
    const rows = await using(openCaseFile(dir, credentials, 'read'), (s) =>
      // perkaraDeadlines per case: a few queries each, fine for thousands of cases on one station.
      perkaraByLp(s.db).map((p) => ({ perkara: p, nearest: perkaraDeadlines(s.db, p.id, now)[0] ?? null })),
    );
    if (opts.json) {
      const out = rows.map(({ perkara: p, nearest: d }) => ({
        id: p.id,
        lpNumber: p.lpNumber,
        lpDate: p.lpDate,
        stage: p.stage,
        title: p.title,
        nearestDeadline: d && { kind: d.kind, detentionKind: d.detentionKind, subject: d.subject, due: d.due, dueAt: d.dueAt, daysLeft: d.daysLeft },
      }));
      io.out(JSON.stringify(out, null, 2));
      return;
    }
    const header = [t(io, 'Nomor LP', 'LP number'), t(io, 'Tahap', 'Stage'), t(io, 'Tenggat terdekat', 'Nearest deadline'), t(io, 'Judul', 'Title')];
    const body = rows.map(({ perkara: p, nearest: d }) => [
      p.lpNumber,
      STAGE_WORDS[p.stage],
      d ? `${daysLeftWords(d.daysLeft, io.lang)} (${kindWords(d, io.lang)})` : '-',
      p.title,
    ]);
    for (const line of table([header, ...body])) io.out(line);
    io.out(t(io, `${rows.length} perkara.`, `${rows.length} case${rows.length === 1 ? '' : 's'}.`));
  } finally {
    forget(credentials);
  }
}

export async function deadlinesCommand(io: Io, dir: string, opts: ListOptions): Promise<void> {
  const now = parseNow(opts.now);
  const credentials = await userCredentials(io, opts);
  try {
    const { deadlines, zone } = await using(openCaseFile(dir, credentials, 'read'), (s) => ({
      deadlines: allDeadlines(s.db, now),
      zone: getSettings(s.db).timeZone,
    }));
    if (opts.json) {
      io.out(JSON.stringify(deadlines, null, 2));
      return;
    }
    const header = [
      t(io, 'Sisa', 'Left'),
      t(io, 'Batas waktu', 'Due'),
      t(io, 'Jenis', 'Kind'),
      t(io, 'Nomor LP', 'LP number'),
      t(io, 'Tersangka', 'Suspect'),
      t(io, 'Perpanjangan berikutnya', 'Next extension'),
    ];
    const body = deadlines.map((d) => [
      daysLeftWords(d.daysLeft, io.lang),
      dueWords(d, io.lang, zone),
      kindWords(d, io.lang),
      d.lpNumber,
      d.subject ?? '-',
      d.nextStep ? DETENTION_WORDS[io.lang][d.nextStep] : '-',
    ]);
    for (const line of table([header, ...body])) io.out(line);
    io.out(t(io, `${deadlines.length} tenggat berjalan (zona waktu ${zone}).`, `${deadlines.length} running deadline${deadlines.length === 1 ? '' : 's'} (time zone ${zone}).`));
  } finally {
    forget(credentials);
  }
}
