// Settings of a case file: the unit that keeps it and how its documents are headed. Stored inside the
// encrypted database.
import { z } from 'zod';

/** Indonesian time zones, by the names investigators use, and the IANA zone each stands for. */
export const TIME_ZONES = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
export const TimeZone = z.enum(['WIB', 'WITA', 'WIT']);
export type TimeZone = z.infer<typeof TimeZone>;

const Line = z.string().trim().max(200);

export const Settings = z.strictObject({
  title: Line.min(1),
  unitName: Line,
  unitCode: Line,
  satker: Line,
  polda: Line,
  letterhead: z.array(Line).max(8),
  timeZone: TimeZone,
  /** Minutes without use before an unlocked case file locks itself. */
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Omit<Settings, 'title'> = {
  unitName: '',
  unitCode: '',
  satker: '',
  polda: '',
  letterhead: [],
  timeZone: 'WITA',
  idleLockMinutes: 10,
};
