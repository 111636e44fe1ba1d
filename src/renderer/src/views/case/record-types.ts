// The records this screen shows, as the contract returns them (records.ts exports only some of
// these view types by name; the rest are read off the channels' outputs).
import type { Output } from '../../../../shared/ipc/contract';

export type { DeadlineView, PartyView, PerkaraView } from '../../../../shared/ipc/records';
export type DocumentView = Output<'documents:list'>[number];
export type ChargeView = Output<'catalog:charges'>[number];
export type ArrestView = Output<'arrests:list'>[number];
export type DetentionView = Output<'detentions:list'>[number];
export type AuditRowView = Output<'audit:case'>[number];
export type PersonView = NonNullable<Output<'persons:findByNik'>>;
