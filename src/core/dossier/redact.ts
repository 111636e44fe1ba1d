// De-identification for the `deidentified` profile (DESIGN.md §5). Each protected person (the
// confidentiality flag, or a child) becomes a code and initials, "Korban-1 (M.R.)", and what would
// identify them is replaced in every text of the case: their name (whole, and each given name),
// alias, NIK (with or without separators), phone numbers (08… and +62… forms), address, date and
// place of birth, school, and their parent's or guardian's name and phone. Matching ignores case and
// accents. A given name of a protected person is replaced wherever it stands alone, but the whole
// names of the people shown by name (a tersangka, an officer who is also a party) are kept as they
// are: "Hendra Rekaan" stays, while "Rekaan" alone, or "Melati", becomes the child's code.
import type { PartyRole } from '../../shared/domain/person';

export type ProtectedPerson = {
  code: string;
  initials: string;
  role: PartyRole;
  child: boolean;
  fullName: string;
  alias: string;
  nik: string | null;
  phone: string;
  address: string;
  birthPlace: string;
  birthDate: string | null;
  education: string;
  guardianName: string;
  guardianPhone: string;
};

/** What was replaced for one person, for the redaction log: kinds and counts, never the values. */
export type RedactionEntry = { code: string; role: PartyRole; child: boolean; kinds: string[]; replacements: number };

type Rule = { pattern: RegExp; replacement: string; code: string };
/** The rules, and the names to keep whole (shown by name) that a given-name rule must not cut into. */
export type Redactor = { rules: Rule[]; keep: RegExp[] };

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** Lower case without accents, character by character, with where each folded character came from. */
function fold(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, start, end };
}

const foldedOf = (text: string): string => fold(text).folded;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: its words in order, any white space between them, whole words only. */
const phrase = (s: string): string => `(?<![\\p{L}\\p{N}])${foldedOf(s).trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`;
/** Digits with an optional space, dot or hyphen between any two. */
const digits = (d: string): string => d.split('').join('[\\s.-]?');

export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !w.includes('.'))
    .map((w) => (w.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? '').toUpperCase())
    .filter((c) => /\p{L}/u.test(c));
  return letters.length > 0 ? `${letters.join('.')}.` : '-';
}

/** The words of a name worth matching alone: not titles (with a dot), at least three letters. */
function givenNames(name: string): string[] {
  return name.split(/[\s,]+/).filter((w) => w.length >= 3 && !w.includes('.') && /\p{L}/u.test(w));
}

function phonePattern(phone: string): string | null {
  let d = phone.replace(/\D/g, '');
  if (d.startsWith('62')) d = d.slice(2);
  else if (d.startsWith('0')) d = d.slice(1);
  if (d.length < 7) return null;
  return `(?<![\\d+])(?:\\+?\\s?62|0)?[\\s.-]?${digits(d)}(?!\\d)`;
}

function datePatterns(date: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const day = `0?${Number(d)}`;
  const month = `0?${Number(mo)}`;
  const name = MONTHS[Number(mo) - 1] ?? '';
  return [`(?<!\\d)${day}\\s+${name}\\s+${y}(?!\\d)`, `(?<!\\d)${day}[-/.]${month}[-/.]${y}(?!\\d)`, `(?<!\\d)${y}-${mo}-${d}(?!\\d)`];
}

/** The replacement rules for the people to protect, the longest and most specific first. */
export function buildRedactor(people: readonly ProtectedPerson[], shownByName: readonly string[]): Redactor {
  const keep = [...new Set(shownByName.filter((n) => n.trim() !== ''))]
    .sort((a, b) => b.length - a.length)
    .map((n) => new RegExp(phrase(n), 'gu'));
  return { rules: buildRules(people), keep };
}

function buildRules(people: readonly ProtectedPerson[]): Rule[] {
  const rules: Rule[] = [];
  const add = (pattern: string | null, replacement: string, code: string): void => {
    if (pattern) rules.push({ pattern: new RegExp(pattern, 'gu'), replacement, code });
  };
  for (const p of people) {
    const c = p.code;
    if (p.nik) add(`(?<!\\d)${digits(p.nik)}(?!\\d)`, `[NIK ${c}]`, c);
    for (const phone of [p.phone, p.guardianPhone]) if (phone) add(phonePattern(phone), `[telepon ${c}]`, c);
    if (p.birthDate) for (const d of datePatterns(p.birthDate)) add(d, `[tanggal lahir ${c}]`, c);
    // "Balikpapan, [tanggal lahir Korban-1]": the place goes with the date it was written beside.
    if (p.birthPlace.trim()) add(`${phrase(p.birthPlace)},?\\s*\\[tanggal lahir ${escape(c.toLowerCase())}\\]`, `[tempat dan tanggal lahir ${c}]`, c);
    if (p.address.trim().length >= 8) {
      add(phrase(p.address), `[alamat ${c}]`, c);
      const street = p.address.split(',')[0] ?? '';
      if (street.trim().length >= 8 && street !== p.address) add(phrase(street), `[alamat ${c}]`, c);
    }
    const school = p.education.trim();
    if (school.split(/\s+/).length >= 2 || /\d/.test(school)) add(phrase(school), `[sekolah ${c}]`, c);
    if (p.guardianName.trim()) {
      add(phrase(p.guardianName), `[orang tua/wali ${c}]`, c);
    }
  }
  // Whole names before single words, everyone's, so "Melati Rekaan" becomes one code.
  for (const p of people) add(phrase(p.fullName), `${p.code} (${p.initials})`, p.code);
  for (const p of people) if (p.alias.trim().length >= 3) add(phrase(p.alias), p.code, p.code);
  for (const p of people) {
    for (const w of givenNames(p.guardianName)) add(phrase(w), `[orang tua/wali ${p.code}]`, p.code);
    for (const w of givenNames(p.fullName)) add(phrase(w), p.code, p.code);
  }
  return rules;
}

/** Replaces each match of `pattern` in `text` (matched folded) with what `replace` gives. */
function replaceFolded(text: string, pattern: RegExp, replace: (matched: string) => string): { text: string; count: number } {
  const { folded, start, end } = fold(text);
  pattern.lastIndex = 0;
  let out = '';
  let at = 0;
  let count = 0;
  for (const m of folded.matchAll(pattern)) {
    if (m[0].length === 0 || m.index === undefined) continue;
    const s = start[m.index] ?? 0;
    const e = end[m.index + m[0].length - 1] ?? text.length;
    out += text.slice(at, s) + replace(text.slice(s, e));
    at = e;
    count++;
  }
  return { text: count === 0 ? text : out + text.slice(at), count };
}

// Names kept whole are swapped for private-use characters while the rules run, then put back.
const KEEP_OPEN = '\ue000';
const KEEP_CLOSE = '\ue001';

/** Applies the redactor to `text`, counting each code's replacements into `counts`. */
export function redactText(text: string, redactor: Redactor, counts: Map<string, number>): string {
  const kept: string[] = [];
  let out = text;
  for (const pattern of redactor.keep) {
    out = replaceFolded(out, pattern, (matched) => {
      kept.push(matched);
      return KEEP_OPEN + String.fromCharCode(0xe100 + kept.length - 1) + KEEP_CLOSE;
    }).text;
  }
  for (const rule of redactor.rules) {
    const r = replaceFolded(out, rule.pattern, () => rule.replacement);
    if (r.count > 0) counts.set(rule.code, (counts.get(rule.code) ?? 0) + r.count);
    out = r.text;
  }
  return kept.length === 0 ? out : out.replace(/\ue000(.)\ue001/g, (_, c: string) => kept[c.charCodeAt(0) - 0xe100] ?? '');
}
