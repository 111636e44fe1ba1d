// The one IPC contract: every channel the renderer may call, with strict zod schemas for what goes in
// and what comes out. Electron IPC and the preview server carry exactly these, through `dispatch`.
// Tests loop over this table, so a channel added here is fuzzed and checked with the rest.
import { z } from 'zod';
import { PerkaraSummary } from '../domain/case';
import { DOSSIER_CHANNELS } from './dossier';
import { EVIDENCE_CHANNELS } from './evidence';
import { NewPerkaraInput, RECORD_CHANNELS } from './records';
import { Settings, SettingsPatch } from '../domain/settings';
import { Role, User } from '../domain/user';

const Empty = z.strictObject({});
const Path = z.string().trim().min(1).max(4096);
const LoginText = z.string().trim().min(1).max(64);
// Passphrases cross the bridge as strings (an <input> holds nothing else); the core turns them into
// Buffers at once and zeroes those.
const Passphrase = z.string().min(1).max(1024);

export const SessionUser = z.strictObject({ login: z.string(), displayName: z.string(), role: Role });

export const SessionState = z.strictObject({
  unlocked: z.boolean(),
  dir: z.string().nullable(),
  user: SessionUser.nullable(),
  title: z.string().nullable(),
  unitName: z.string().nullable(),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).nullable(),
});
export type SessionState = z.infer<typeof SessionState>;

export const CaseFileSummary = z.strictObject({
  path: z.string(),
  caseFileId: z.string(),
  createdAt: z.string(),
  createdWith: z.string(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  settings: Settings,
  users: z.array(User),
  counts: z.strictObject({ users: z.number().int(), perkara: z.number().int() }),
  integrity: z.literal('ok'),
});

export const PERKARA_SORTS = ['lpNumber', 'lpDate', 'title', 'stage', 'updatedAt'] as const;

export const PerkaraQuery = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  sort: z.enum(PERKARA_SORTS).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  filter: z.string().max(200).default(''),
});
export type PerkaraQuery = z.input<typeof PerkaraQuery>;

/** Counts of long work; `step` names the stage where a channel has several (dossier:export). */
export const Progress = z.strictObject({ done: z.number().min(0), total: z.number().min(0), step: z.string().max(40).optional() });
export type Progress = z.infer<typeof Progress>;

type Spec = { input: z.ZodType; output: z.ZodType; progress?: true };

export const CONTRACT = {
  'app:version': { input: Empty, output: z.strictObject({ version: z.string() }) },
  'caseFile:create': {
    input: z.strictObject({
      dir: Path,
      title: z.string().trim().min(1).max(200),
      login: LoginText,
      displayName: z.string().trim().min(1).max(120).optional(),
      passphrase: Passphrase,
    }),
    output: z.strictObject({ dir: z.string(), recoveryKey: z.string() }),
  },
  'session:unlock': { input: z.strictObject({ dir: Path, login: LoginText, passphrase: Passphrase }), output: SessionState },
  'session:lock': { input: Empty, output: SessionState },
  'session:state': { input: Empty, output: SessionState },
  // The renderer reports that a person is using it (input events, throttled): it keeps the idle
  // lock from closing the case file. Polling session:state does not count as use.
  'session:activity': { input: Empty, output: z.null() },
  'caseFile:info': { input: Empty, output: CaseFileSummary },
  'caseFile:backup': { input: z.strictObject({ file: Path }), output: z.strictObject({ file: z.string(), bytes: z.number() }), progress: true },
  'settings:get': { input: Empty, output: Settings },
  'settings:update': { input: SettingsPatch.refine((p) => Object.keys(p).length > 0, 'no setting given'), output: Settings },
  'users:list': { input: Empty, output: z.array(User) },
  'users:add': {
    input: z.strictObject({ login: LoginText, displayName: z.string().trim().min(1).max(120).optional(), role: Role, passphrase: Passphrase }),
    output: User,
  },
  // Native open and save dialogs: answered by Electron's main process; the core (and so the preview
  // server) answers { path: null }, and the page offers a path field instead.
  'dialog:chooseFolder': { input: z.strictObject({ purpose: z.enum(['open', 'create']) }), output: z.strictObject({ path: z.string().nullable() }) },
  'dialog:chooseSaveFile': {
    input: z.strictObject({ defaultName: z.string().trim().min(1).max(255) }),
    output: z.strictObject({ path: z.string().nullable() }),
  },
  'perkara:list': { input: PerkaraQuery, output: z.strictObject({ total: z.number().int(), rows: z.array(PerkaraSummary) }) },
  'perkara:create': { input: NewPerkaraInput, output: PerkaraSummary },
  ...RECORD_CHANNELS,
  ...EVIDENCE_CHANNELS,
  ...DOSSIER_CHANNELS,
} as const satisfies Record<string, Spec>;

export type Channel = keyof typeof CONTRACT;
export const CHANNELS = Object.keys(CONTRACT) as Channel[];
export type Input<C extends Channel> = z.input<(typeof CONTRACT)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof CONTRACT)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof CONTRACT)[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CONTRACT, name);
}

export type WireError = { code: string; message: string; params: Record<string, string | number> };
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: WireError };
