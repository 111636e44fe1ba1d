// Penangkapan and penahanan of a tersangka. Periods and their order come from the case's rule set
// (src/shared/rules/rulesets.ts); nothing here knows a number of days.
import { z } from 'zod';
import { Instant, IsoDate, line } from './fields';

import { DetentionKind } from '../rules/rulesets';

export { DETENTION_KINDS, DetentionKind } from '../rules/rulesets';

export const ArrestFields = z.strictObject({
  warrantNumber: line(200).default(''),
  warrantDate: IsoDate.nullable().default(null),
  /** When the arrest was made, with its zone offset (e.g. 2026-03-01T14:30:00+08:00). */
  at: Instant,
  place: line(500).default(''),
  /** When the arrest ended: released, or held under a detention order. */
  endedAt: Instant.nullable().default(null),
});
export type ArrestInput = z.input<typeof ArrestFields>;
export type ArrestPatch = Partial<ArrestInput>;

export const DetentionFields = z.strictObject({
  kind: DetentionKind,
  startDate: IsoDate,
  /** Left out: the full period the rule set allows for this kind. */
  days: z.number().int().min(1).max(400).nullable().default(null),
  warrantNumber: line(200).default(''),
  warrantDate: IsoDate.nullable().default(null),
  place: line(500).default(''),
  /** Released before the period ended (penangguhan, pengalihan, or the case handed over). */
  endedOn: IsoDate.nullable().default(null),
});
export type DetentionInput = z.input<typeof DetentionFields>;
/** What can change once a period is recorded: the period itself stays (remove it to correct it). */
export const DETENTION_PATCHABLE = ['warrantNumber', 'warrantDate', 'place', 'endedOn'] as const;
export type DetentionPatch = Partial<Pick<DetentionInput, (typeof DETENTION_PATCHABLE)[number]>>;

export type Arrest = z.output<typeof ArrestFields> & { id: string; partyId: string; createdAt: string; updatedAt: string };

export type Detention = Omit<z.output<typeof DetentionFields>, 'days'> & {
  id: string;
  partyId: string;
  days: number;
  /** Last day of the period, inclusive: 20 days from 1 March end on 20 March. */
  endDate: string;
  rules: string;
  createdAt: string;
  updatedAt: string;
};
