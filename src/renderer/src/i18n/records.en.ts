// English for records.id.ts (same keys, checked by `satisfies`).
import type { recordsId } from './records.id';

export const recordsEn = {
  caseDetail: {},
} satisfies typeof recordsId;
