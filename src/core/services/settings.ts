// The case file's settings: the unit, its letterhead and its time zone.
import { AppError } from '../../shared/errors';
import { Settings, SettingsPatch, TimeZone } from '../../shared/domain/settings';
import { get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { audit } from '../audit/append';
import { requireRole } from './access';

type SettingsRow = {
  title: string;
  unit_name: string;
  unit_code: string;
  satker: string;
  polda: string;
  letterhead: string;
  time_zone: string;
  idle_lock_minutes: number;
};

export function getSettings(db: ReadableDb): Settings {
  const r = get<SettingsRow>(db, sql`SELECT title, unit_name, unit_code, satker, polda, letterhead, time_zone, idle_lock_minutes FROM settings WHERE id = 1`);
  if (!r) throw new AppError('DB_DAMAGED', { detail: 'settings missing' });
  return {
    title: r.title,
    unitName: r.unit_name,
    unitCode: r.unit_code,
    satker: r.satker,
    polda: r.polda,
    letterhead: Settings.shape.letterhead.parse(JSON.parse(r.letterhead)),
    timeZone: TimeZone.parse(r.time_zone),
    idleLockMinutes: r.idle_lock_minutes,
  };
}

export function updateSettings(session: WriteSession, patch: SettingsPatch): Settings {
  requireRole(session, 'editSettings');
  const parsed = SettingsPatch.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', { detail: `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? ''}` });
  }
  const next = { ...getSettings(session.db), ...parsed.data };
  transaction(session.db, () => {
    run(session.db, sql`UPDATE settings SET title = ${next.title}, unit_name = ${next.unitName}, unit_code = ${next.unitCode},
                          satker = ${next.satker}, polda = ${next.polda}, letterhead = ${JSON.stringify(next.letterhead)},
                          time_zone = ${next.timeZone}, idle_lock_minutes = ${next.idleLockMinutes} WHERE id = 1`);
    audit(session, { action: 'settings.update', entityId: '1' });
  });
  return next;
}
