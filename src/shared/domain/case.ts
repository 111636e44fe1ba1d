// The minimal perkara record every screen and the audit chain can refer to. The case-records work
// extends it (model, place and time, modus, pasal, team, resume).
import { z } from 'zod';
import { PerkaraId } from './ids';

export const STAGES = [
  'penyelidikan',
  'penyidikan',
  'tahap_1',
  'dikembalikan',
  'lengkap',
  'tahap_2',
  'sp3',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const PerkaraSummary = z.strictObject({
  id: PerkaraId,
  lpNumber: z.string(),
  lpDate: z.string().nullable(),
  title: z.string(),
  stage: Stage,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PerkaraSummary = z.infer<typeof PerkaraSummary>;
