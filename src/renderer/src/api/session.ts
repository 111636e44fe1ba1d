// What survives a lock: the folder and the login, in sessionStorage (this window only), so that the
// reload after locking lands on a filled-in sign-in screen. Never the passphrase, never case data:
// the reload is what clears every record the page held.
import { allowUnload } from './unload-guard';
import type { Api } from './client';

const UNLOCK_KEY = 'berkas-unlock';
const FOLDER_KEY = 'berkas-last-folder';

export type Remembered = { dir: string; login: string };

export function rememberUnlock(r: Remembered): void {
  sessionStorage.setItem(UNLOCK_KEY, JSON.stringify(r));
  // The folder alone is kept across restarts too, to fill in the next sign-in; the login is not,
  // because a station's users should not be listed for whoever sits down next.
  try {
    localStorage.setItem(FOLDER_KEY, r.dir);
  } catch {
    // Only a convenience.
  }
}

export function rememberedUnlock(): Remembered | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(UNLOCK_KEY) ?? 'null');
    if (value && typeof value === 'object' && 'dir' in value && 'login' in value) {
      const { dir, login } = value;
      if (typeof dir === 'string' && typeof login === 'string') return { dir, login };
    }
  } catch {
    // A damaged entry is as good as none.
  }
  return null;
}

export function forgetUnlock(): void {
  sessionStorage.removeItem(UNLOCK_KEY);
}

export function lastFolder(): string {
  try {
    return localStorage.getItem(FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Back to the sign-in screen with nothing of the case file left in the page's memory. */
export function reloadToUnlock(): void {
  // Nothing of the case may stay on screen behind a "leave page?" question from an unsaved form.
  allowUnload();
  window.location.reload();
}

/**
 * The API for screens that need an open case file: an answer of NOT_UNLOCKED means the core locked
 * the case file behind the page's back (idle lock, another window), so the page goes back to the
 * sign-in screen rather than showing stale records.
 */
export function guardedApi(api: Api, onLost: () => void = reloadToUnlock): Api {
  return {
    call: async (channel, input, options) => {
      const result = await api.call(channel, input, options);
      if (!result.ok && result.error.code === 'NOT_UNLOCKED') onLost();
      return result;
    },
  };
}
