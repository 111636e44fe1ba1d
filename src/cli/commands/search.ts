// `berkas search DIR QUERY`: people, cases, documents and barang bukti matching what was typed,
// grouped by kind. Read-only: it opens the case file for reading and writes nothing, not even an
// audit row. Confidential people are listed (an investigator searches for victims) with a mark.
import { search } from '../../core/services/search';
import { openCaseFile, using } from '../../core/store/open';
import { SEARCH_LIMIT_MAX, type SearchResults } from '../../shared/domain/search';
import { AppError } from '../../shared/errors';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';
import { dateWords } from './cases';

export type SearchOptions = { user?: string; 'passphrase-file'?: string; json?: boolean; limit?: string };

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= SEARCH_LIMIT_MAX)) {
    throw new AppError('INVALID_INPUT', { detail: `--limit takes a whole number from 1 to ${SEARCH_LIMIT_MAX} (got "${value}")` });
  }
  return n;
}

export async function searchCommand(io: Io, dir: string, query: string, opts: SearchOptions): Promise<void> {
  const limit = parseLimit(opts.limit);
  const credentials = await userCredentials(io, opts);
  try {
    const results = await using(openCaseFile(dir, credentials, 'read'), (s) => search(s.db, query, { limit }));
    if (opts.json) io.out(JSON.stringify(results, null, 2));
    else printResults(io, results);
  } finally {
    forget(credentials);
  }
}

function group(io: Io, heading: string, lines: string[]): void {
  io.out(`${heading} (${lines.length})`);
  for (const line of lines.length ? lines : ['-']) io.out(`  ${line}`);
}

function printResults(io: Io, r: SearchResults): void {
  const persons: string[] = [];
  for (const p of r.persons) {
    persons.push(p.alias ? `${p.name} alias ${p.alias}` : p.name);
    // The role is the procedure's own word (tersangka, korban, …) in both languages.
    const width = Math.max(0, ...p.roles.map((role) => role.role.length));
    for (const role of p.roles) {
      const mark = role.confidential ? `  [${t(io, 'dirahasiakan', 'confidential')}]` : '';
      persons.push(`    ${role.role.padEnd(width)}  ${role.lpNumber}${mark}`);
    }
  }
  // Person lines carry their roles beneath them: count people, not lines.
  io.out(`${t(io, 'Orang', 'People')} (${r.persons.length})`);
  for (const line of persons.length ? persons : ['-']) io.out(`  ${line}`);
  group(io, t(io, 'Perkara', 'Cases'), r.cases.map((c) => `${c.lpNumber}  ${c.title}  (${c.stage})`));
  group(
    io,
    t(io, 'Dokumen', 'Documents'),
    r.documents.map((d) => [d.type, d.number || '-', d.date ? dateWords(d.date, io.lang) : '-', d.lpNumber].join('  ')),
  );
  group(io, t(io, 'Barang bukti', 'Evidence'), r.evidence.map((e) => `BB-${e.number}  ${e.description}  ${e.lpNumber}`));
}
