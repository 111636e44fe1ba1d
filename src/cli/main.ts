// The `berkas` command. Exit codes: 0 success; 1 a verification found a problem; 2 any other
// failure, with one sentence on stderr and no stack trace (BERKAS_DEBUG=1 shows it).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError, isAppError } from '../shared/errors';
import { formatError } from '../shared/i18n/error-messages';
import { appVersion } from '../core/store/create';
import { dbError } from '../core/store/db';
import { fsError } from '../core/store/fsio';
import { initCommand } from './commands/init';
import { infoCommand } from './commands/info';
import { userAddCommand, userRemoveCommand } from './commands/user';
import { auditLogCommand, auditVerifyCommand } from './commands/audit';
import { rekeyCommand } from './commands/rekey';
import { backupCommand, restoreCommand } from './commands/backup';
import { passwdCommand } from './commands/passwd';
import { settingsCommand } from './commands/settings';
import { exportJsonCommand, importCommand } from './commands/exchange';
import { casesCommand, deadlinesCommand } from './commands/cases';
import { searchCommand } from './commands/search';
import { demoCommand, dossierCommand, verifyCommand } from './commands/dossier';
import {
  attachCommand,
  custodyAddCommand,
  custodyLogCommand,
  evidenceAddCommand,
  evidenceExportCommand,
  evidenceListCommand,
  evidenceVerifyCommand,
} from './commands/evidence';
import { pickLang, type Io } from './io';

const USAGE = `berkas ${appVersion()}: encrypted TPPO case files

  berkas init DIR --user LOGIN [--name DISPLAY] [--title TEXT]
  berkas info DIR [--json]
  berkas user add DIR LOGIN --role atasan|penyidik|pembaca [--name DISPLAY]
  berkas user remove DIR LOGIN
  berkas passwd DIR [--recovery-key-file F --user LOGIN]
  berkas settings DIR [--set KEY=VALUE ...]
      keys: title, unit-name, unit-code, satker, polda, letterhead (lines split by |),
            time-zone (WIB, WITA, WIT), idle-lock-minutes (1 to 240)
  berkas audit verify DIR [--anchor HASH]
  berkas audit log DIR [--case LP-OR-ID] [--limit N]
  berkas rekey DIR
  berkas backup DIR FILE
  berkas restore FILE DIR [--recovery-key-file F]
  berkas import DIR FILE.json [--attachments FOLDER]
  berkas export-json DIR (--case LP-OR-ID ... | --all) [--out FILE] [--now ISO] [--attachments FOLDER]
      exportedAt: --now, else SOURCE_DATE_EPOCH, else the clock
  berkas dossier DIR --case LP-OR-ID (--out FILE.pdf | --package FOLDER) [--profile full|deidentified]
        [--now ISO]
      the berkas perkara as a sealed PDF (docs/dossier-format.md), its SHA-256 in SHA256SUMS beside it
      and in the audit chain; --package: a new folder with the PDF, the attachments the profile
      shows, manifest.json and SHA256SUMS; the time printed: --now, else SOURCE_DATE_EPOCH, else now
  berkas verify FILE.pdf [--package FOLDER]
      0: the seal (and every file of the package) holds; 1: names what differs; 2: no Berkas seal
  berkas demo [DIR] [--now ISO]
      a case file with the fictional example case, photos of its barang bukti and its dossier
      (DIR defaults to ./berkas-demo; passphrase BERKAS_PASSPHRASE or the one it prints)
  berkas cases DIR [--json] [--now ISO]
  berkas deadlines DIR [--json] [--now ISO]
      --now: a date and time with its zone, e.g. 2026-11-26T09:00:00+08:00
  berkas search DIR QUERY [--json] [--limit N]
      people, cases, documents and barang bukti; read-only; at most N (default 20) per group
  berkas evidence add DIR --case LP-OR-ID --desc TEXT [--category fisik|digital|dokumen|uang]
        [--amount RP] [--seized-from WHO] [--seized-at ISO] [--place TEXT] [--seal NO] [--storage TEXT]
      prints the new item's number alone on the first line, then "BB-N recorded: TEXT"
  berkas evidence list DIR --case LP-OR-ID [--json]
  berkas evidence verify DIR [--case LP-OR-ID]
      one line per attachment: OK, TAMPERED, MISSING or ERROR; exit 1 when any is not OK
  berkas evidence export DIR --case LP-OR-ID --item NO --name FILE-NAME --out PATH
  berkas custody add DIR --case LP-OR-ID --item NO --from WHO --to WHO --purpose PURPOSE
        [--at ISO] [--location TEXT] [--seal-intact yes|no] [--note TEXT] [--corrects EVENT-NO]
      purposes: penyitaan, penyimpanan, pemeriksaan, pemeriksaan_lab, penyerahan_jpu,
                pengembalian, pemusnahan, lainnya; --at defaults to now
      prints the new event's number alone on the first line (what --corrects takes)
  berkas custody log DIR --case LP-OR-ID --item NO
  berkas attach DIR --case LP-OR-ID --item NO FILE... [--protected yes|no] [--hashes]
      prints "SHA256  NAME" per file as sha256sum does; --hashes adds "SHA1 (NAME) = …" and
      "MD5 (NAME) = …"; Ctrl-C cancels the file being stored and leaves nothing of it
      NO: the item's number within the case, e.g. 3 or BB-3

Acting user: --user LOGIN or BERKAS_USER.
Passphrase: BERKAS_PASSPHRASE, --passphrase-file F, or a hidden prompt on a terminal.
New passphrase: BERKAS_NEW_PASSPHRASE or a prompt (init also takes BERKAS_PASSPHRASE).
Recovery key: --recovery-key-file F or BERKAS_RECOVERY_KEY.
Language: --lang id|en or BERKAS_LANG (Bahasa Indonesia by default).
Exit codes: 0 done; 1 a verification found a problem; 2 any other failure.`;

const COMMON = {
  user: { type: 'string' },
  'passphrase-file': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = {
  init: { ...COMMON, name: { type: 'string' }, title: { type: 'string' } },
  info: { ...COMMON, json: { type: 'boolean' } },
  user: { ...COMMON, role: { type: 'string' }, name: { type: 'string' } },
  passwd: { ...COMMON, 'recovery-key-file': { type: 'string' } },
  settings: { ...COMMON, set: { type: 'string', multiple: true } },
  audit: { ...COMMON, anchor: { type: 'string' }, case: { type: 'string' }, limit: { type: 'string' } },
  rekey: { ...COMMON },
  backup: { ...COMMON },
  restore: { ...COMMON, 'recovery-key-file': { type: 'string' } },
  import: { ...COMMON, attachments: { type: 'string' } },
  'export-json': { ...COMMON, case: { type: 'string', multiple: true }, all: { type: 'boolean' }, out: { type: 'string' }, now: { type: 'string' }, attachments: { type: 'string' } },
  cases: { ...COMMON, json: { type: 'boolean' }, now: { type: 'string' } },
  dossier: { ...COMMON, case: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' }, profile: { type: 'string' }, package: { type: 'string' } },
  verify: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, package: { type: 'string' } },
  demo: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, now: { type: 'string' } },
  deadlines: { ...COMMON, json: { type: 'boolean' }, now: { type: 'string' } },
  search: { ...COMMON, json: { type: 'boolean' }, limit: { type: 'string' } },
  evidence: {
    ...COMMON,
    case: { type: 'string' },
    item: { type: 'string' },
    desc: { type: 'string' },
    category: { type: 'string' },
    amount: { type: 'string' },
    'seized-from': { type: 'string' },
    'seized-at': { type: 'string' },
    place: { type: 'string' },
    seal: { type: 'string' },
    storage: { type: 'string' },
    json: { type: 'boolean' },
    name: { type: 'string' },
    out: { type: 'string' },
  },
  custody: {
    ...COMMON,
    case: { type: 'string' },
    item: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    purpose: { type: 'string' },
    at: { type: 'string' },
    location: { type: 'string' },
    'seal-intact': { type: 'string' },
    note: { type: 'string' },
    corrects: { type: 'string' },
  },
  attach: { ...COMMON, case: { type: 'string' }, item: { type: 'string' }, protected: { type: 'string' }, hashes: { type: 'boolean' } },
} as const satisfies Record<string, ParseArgsConfig['options']>;

function usageError(detail: string): AppError {
  return new AppError('INVALID_INPUT', { detail: `${detail} (berkas --help)` });
}

function parse<K extends keyof typeof COMMANDS>(command: K, args: string[]) {
  try {
    return parseArgs({ args, options: COMMANDS[command], allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e instanceof Error ? e.message : String(e));
  }
}

function positional(list: string[], index: number, what: string): string {
  const value = list[index];
  if (!value) throw usageError(`${what} missing`);
  return value;
}

async function run(io: Io, argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(appVersion());
    return 0;
  }
  switch (command) {
    case 'init': {
      const { values, positionals } = parse('init', rest);
      await initCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'info': {
      const { values, positionals } = parse('info', rest);
      await infoCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'user': {
      const { values, positionals } = parse('user', rest);
      const [sub] = positionals;
      if (sub === 'add') await userAddCommand(io, positional(positionals, 1, 'DIR'), positional(positionals, 2, 'LOGIN'), values);
      else if (sub === 'remove') await userRemoveCommand(io, positional(positionals, 1, 'DIR'), positional(positionals, 2, 'LOGIN'), values);
      else throw usageError('berkas user add|remove DIR LOGIN');
      return 0;
    }
    case 'audit': {
      const { values, positionals } = parse('audit', rest);
      const [sub] = positionals;
      if (sub === 'verify') return auditVerifyCommand(io, positional(positionals, 1, 'DIR'), values);
      if (sub === 'log') {
        await auditLogCommand(io, positional(positionals, 1, 'DIR'), values);
        return 0;
      }
      throw usageError('berkas audit verify|log DIR');
    }
    case 'backup': {
      const { values, positionals } = parse('backup', rest);
      await backupCommand(io, positional(positionals, 0, 'DIR'), positional(positionals, 1, 'FILE'), values);
      return 0;
    }
    case 'restore': {
      const { values, positionals } = parse('restore', rest);
      await restoreCommand(io, positional(positionals, 0, 'FILE'), positional(positionals, 1, 'DIR'), values);
      return 0;
    }
    case 'rekey': {
      const { values, positionals } = parse('rekey', rest);
      await rekeyCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'passwd': {
      const { values, positionals } = parse('passwd', rest);
      await passwdCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'settings': {
      const { values, positionals } = parse('settings', rest);
      await settingsCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'import': {
      const { values, positionals } = parse('import', rest);
      await importCommand(io, positional(positionals, 0, 'DIR'), positional(positionals, 1, 'FILE'), values);
      return 0;
    }
    case 'export-json': {
      const { values, positionals } = parse('export-json', rest);
      await exportJsonCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'dossier': {
      const { values, positionals } = parse('dossier', rest);
      await dossierCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'verify': {
      const { values, positionals } = parse('verify', rest);
      return verifyCommand(io, positional(positionals, 0, 'FILE'), values);
    }
    case 'demo': {
      const { values, positionals } = parse('demo', rest);
      await demoCommand(io, positionals[0] ?? 'berkas-demo', values);
      return 0;
    }
    case 'cases': {
      const { values, positionals } = parse('cases', rest);
      await casesCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'deadlines': {
      const { values, positionals } = parse('deadlines', rest);
      await deadlinesCommand(io, positional(positionals, 0, 'DIR'), values);
      return 0;
    }
    case 'search': {
      const { values, positionals } = parse('search', rest);
      // An unquoted query arrives as several words: they are one query.
      positional(positionals, 1, 'QUERY');
      await searchCommand(io, positional(positionals, 0, 'DIR'), positionals.slice(1).join(' '), values);
      return 0;
    }
    case 'evidence': {
      const { values, positionals } = parse('evidence', rest);
      const [sub] = positionals;
      const dir = (): string => positional(positionals, 1, 'DIR');
      if (sub === 'add') await evidenceAddCommand(io, dir(), values);
      else if (sub === 'list') await evidenceListCommand(io, dir(), values);
      else if (sub === 'verify') return evidenceVerifyCommand(io, dir(), values);
      else if (sub === 'export') await evidenceExportCommand(io, dir(), values);
      else throw usageError('berkas evidence add|list|verify|export DIR');
      return 0;
    }
    case 'custody': {
      const { values, positionals } = parse('custody', rest);
      const [sub] = positionals;
      if (sub === 'add') await custodyAddCommand(io, positional(positionals, 1, 'DIR'), values);
      else if (sub === 'log') await custodyLogCommand(io, positional(positionals, 1, 'DIR'), values);
      else throw usageError('berkas custody add|log DIR');
      return 0;
    }
    case 'attach': {
      const { values, positionals } = parse('attach', rest);
      await attachCommand(io, positional(positionals, 0, 'DIR'), positionals.slice(1), values);
      return 0;
    }
    default:
      throw usageError(`unknown command "${command}"`);
  }
}

function langFlag(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const io: Io = {
    lang: pickLang(env, langFlag(argv)),
    env,
    out: (line = '') => process.stdout.write(line + '\n'),
    isTTY: Boolean(process.stdin.isTTY),
  };
  try {
    return await run(io, argv);
  } catch (e) {
    const error = isAppError(e) ? e : fsError(dbError(e), '?');
    const known = isAppError(error) ? error : new AppError('INTERNAL', { detail: error.name });
    process.stderr.write(`berkas: ${formatError(known, io.lang)}\n`);
    if (env.BERKAS_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
