import { getSettings, updateSettings } from '../../core/services/settings';
import { openCaseFile, using } from '../../core/store/open';
import { AppError } from '../../shared/errors';
import type { SettingsPatch } from '../../shared/domain/settings';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

export type SettingsOptions = { user?: string; 'passphrase-file'?: string; set?: string[] };

// The names typed on the command line, and the setting each one changes.
const KEYS = {
  title: 'title',
  'unit-name': 'unitName',
  'unit-code': 'unitCode',
  satker: 'satker',
  polda: 'polda',
  letterhead: 'letterhead',
  'time-zone': 'timeZone',
  'idle-lock-minutes': 'idleLockMinutes',
} as const satisfies Record<string, keyof SettingsPatch>;

function isKey(name: string): name is keyof typeof KEYS {
  return Object.hasOwn(KEYS, name);
}

/** KEY=VALUE pairs into a patch; letterhead lines are separated by "|". */
export function parseAssignments(pairs: string[]): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (eq < 0 || !isKey(name)) {
      throw new AppError('UNKNOWN_SETTING', { key: name, allowed: Object.keys(KEYS).join(', ') });
    }
    const value = pair.slice(eq + 1);
    const field = KEYS[name];
    patch[field] =
      field === 'letterhead'
        ? value.split('|').map((l) => l.trim()).filter(Boolean)
        : field === 'timeZone'
          ? value.trim().toUpperCase()
          : field === 'idleLockMinutes'
            ? Number(value)
            : value;
  }
  return patch;
}

export async function settingsCommand(io: Io, dir: string, opts: SettingsOptions): Promise<void> {
  const pairs = opts.set ?? [];
  const patch = parseAssignments(pairs);
  const credentials = await userCredentials(io, opts);
  try {
    const settings = pairs.length
      ? await using(openCaseFile(dir, credentials, 'write'), (session) => updateSettings(session, patch))
      : await using(openCaseFile(dir, credentials, 'read'), (session) => getSettings(session.db));
    if (pairs.length) io.out(t(io, 'Pengaturan disimpan.', 'Settings saved.'));
    for (const [name, field] of Object.entries(KEYS)) {
      const value = settings[field];
      io.out(`  ${name.padEnd(11)} ${Array.isArray(value) ? value.join(' | ') : value}`);
    }
  } finally {
    forget(credentials);
  }
}
