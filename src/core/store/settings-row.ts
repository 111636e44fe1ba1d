// The settings row as plain values, read the same way by the settings service and by the audit
// chain's state of the `settings` record. No validation here: verifying a chain must be able to
// read (and report) a row someone edited behind the app's back.
import { get, sql, type ReadableDb } from './db';

export type SettingsValues = {
  title: string;
  unitName: string;
  unitCode: string;
  satker: string;
  polda: string;
  letterhead: unknown;
  timeZone: string;
  idleLockMinutes: number;
};

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

export function readSettingsRow(db: ReadableDb, id = 1): SettingsValues | null {
  const r = get<SettingsRow>(
    db,
    sql`SELECT title, unit_name, unit_code, satker, polda, letterhead, time_zone, idle_lock_minutes FROM settings WHERE id = ${id}`,
  );
  if (!r) return null;
  return {
    title: r.title,
    unitName: r.unit_name,
    unitCode: r.unit_code,
    satker: r.satker,
    polda: r.polda,
    letterhead: JSON.parse(r.letterhead),
    timeZone: r.time_zone,
    idleLockMinutes: r.idle_lock_minutes,
  };
}
