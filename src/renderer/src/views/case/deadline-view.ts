// How a running clock looks: overdue, urgent (fewer than 3 days left: red), or in time. Days left are
// counted by the core in the unit's zone; 0 means today is the last day.
export type Urgency = 'overdue' | 'urgent' | 'normal';

export const URGENT_BELOW_DAYS = 3;

export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  return daysLeft < URGENT_BELOW_DAYS ? 'urgent' : 'normal';
}
