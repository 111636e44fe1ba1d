// The core's side of the IPC contract: one handler per channel, over at most one unlocked case file.
// Runs inside the core worker (host/worker.ts), so key material never leaves the main process.
import { AppError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { SessionState } from '../../shared/ipc/contract';
import { audit } from '../audit/append';
import { writeBackup } from '../backup/backup';
import { caseFileInfo } from '../services/info';
import { createPerkara } from '../services/cases';
import { listPerkaraPage } from '../services/case-list';
import { dossierHandlers } from './dossier-handlers';
import { evidenceHandlers } from './evidence-handlers';
import { recordHandlers } from './record-handlers';
import { getSettings, updateSettings } from '../services/settings';
import { addUser, listUsers } from '../services/users';
import { appVersion, createCaseFile } from '../store/create';
import { transaction } from '../store/db';
import { closeCaseFile, openCaseFile } from '../store/open';
import type { WriteSession } from '../store/session';

export type CoreState = {
  session: WriteSession | null;
  /** When a person last used the app (ms since the epoch), for the idle lock. */
  lastActivity: number;
  /** How long the open case file may sit idle: its setting, or less (BERKAS_IDLE_LOCK_SECONDS). */
  idleLimitMs: number | null;
};

export function newCoreState(): CoreState {
  return { session: null, lastActivity: Date.now(), idleLimitMs: null };
}

/** The idle limit of the open case file. An environment override may only shorten it (tests). */
function idleLimit(session: WriteSession, env: NodeJS.ProcessEnv): number {
  const fromSettings = getSettings(session.db).idleLockMinutes * 60_000;
  const override = Number(env.BERKAS_IDLE_LOCK_SECONDS);
  return Number.isFinite(override) && override > 0 ? Math.min(fromSettings, override * 1000) : fromSettings;
}

function secret(text: string): Buffer {
  return Buffer.from(text.normalize('NFC'), 'utf8');
}

export function sessionState(state: CoreState): SessionState {
  const s = state.session;
  if (!s) return { unlocked: false, dir: null, user: null, title: null, unitName: null, timeZone: null };
  const settings = getSettings(s.db);
  return {
    unlocked: true,
    dir: s.dir,
    user: s.user ? { login: s.user.login, displayName: s.user.displayName, role: s.user.role } : null,
    title: settings.title,
    unitName: settings.unitName || null,
    timeZone: settings.timeZone,
  };
}

function requireSession(state: CoreState): WriteSession {
  if (!state.session) throw new AppError('NOT_UNLOCKED');
  return state.session;
}

/** Closes the open case file, if any, zeroing its keys. */
export function lockCore(state: CoreState): void {
  const s = state.session;
  state.session = null;
  state.idleLimitMs = null;
  if (s) closeCaseFile(s);
}

/** Locks the case file if it has sat idle past its limit; true when it did. */
export function lockIfIdle(state: CoreState, now = Date.now()): boolean {
  if (!state.session || state.idleLimitMs === null || now - state.lastActivity < state.idleLimitMs) return false;
  lockCore(state);
  return true;
}

export function createHandlers(state: CoreState, options: { clock?: () => Date } = {}): Handlers {
  return {
    'app:version': () => ({ version: appVersion() }),

    'caseFile:create': async (input) => {
      const passphrase = secret(input.passphrase);
      try {
        const created = await createCaseFile({ ...input, passphrase, clock: options.clock });
        return { dir: created.dir, recoveryKey: created.recoveryKey };
      } finally {
        passphrase.fill(0);
      }
    },

    'session:unlock': async (input) => {
      lockCore(state);
      const passphrase = secret(input.passphrase);
      try {
        const session = await openCaseFile(input.dir, { kind: 'passphrase', login: input.login, passphrase }, 'write', options);
        // Signing in to the app is recorded; the CLI's one-shot commands are not sessions.
        try {
          const user = session.user;
          if (user) transaction(session.db, () => audit(session, { action: 'session.signin', entityId: user.id }));
        } catch (e) {
          closeCaseFile(session);
          throw e;
        }
        state.session = session;
        state.idleLimitMs = idleLimit(session, process.env);
        state.lastActivity = Date.now();
      } finally {
        passphrase.fill(0);
      }
      return sessionState(state);
    },

    'session:lock': () => {
      lockCore(state);
      return sessionState(state);
    },

    'session:state': () => sessionState(state),

    'session:activity': () => {
      state.lastActivity = Date.now();
      return null;
    },

    'caseFile:info': () => caseFileInfo(requireSession(state)),

    'caseFile:backup': (input, ctx) =>
      writeBackup(requireSession(state), input.file, (done, total) => ctx.progress({ done, total }), ctx.signal),

    'settings:get': () => getSettings(requireSession(state).db),

    'settings:update': (input) => {
      const session = requireSession(state);
      const settings = updateSettings(session, input);
      state.idleLimitMs = idleLimit(session, process.env);
      return settings;
    },

    'users:list': () => listUsers(requireSession(state).db),

    'users:add': async (input) => {
      const passphrase = secret(input.passphrase);
      try {
        return await addUser(requireSession(state), { ...input, passphrase });
      } finally {
        passphrase.fill(0);
      }
    },

    // No native dialogs outside Electron: the page shows a path field.
    'dialog:chooseFolder': () => ({ path: null }),
    'dialog:chooseSaveFile': () => ({ path: null }),

    'perkara:list': (input) => listPerkaraPage(requireSession(state).db, input),

    ...recordHandlers(() => requireSession(state)),
    ...evidenceHandlers(() => requireSession(state)),
    ...dossierHandlers(() => requireSession(state)),

    'perkara:create': (input) => {
      const { id, lpNumber, lpDate, title, stage, createdAt, updatedAt } = createPerkara(requireSession(state), input);
      return { id, lpNumber, lpDate, title, stage, createdAt, updatedAt };
    },
  };
}
