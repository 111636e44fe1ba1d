// The case file's settings: the unit, its letterhead and its time zone.
import { AppError } from '../../shared/errors';
import { Settings, SettingsPatch, TimeZone } from '../../shared/domain/settings';
import { run, sql, transaction, type ReadableDb } from '../store/db';
import { readSettingsRow } from '../store/settings-row';
import type { WriteSession } from '../store/session';
import { audit } from '../audit/append';
import { requireRole } from './access';

export function getSettings(db: ReadableDb): Settings {
  const values = readSettingsRow(db);
  if (!values) throw new AppError('DB_DAMAGED', { detail: 'settings missing' });
  return {
    ...values,
    letterhead: Settings.shape.letterhead.parse(values.letterhead),
    timeZone: TimeZone.parse(values.timeZone),
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
