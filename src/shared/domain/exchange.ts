// The JSON exchange file: whole cases, for `berkas import` and `berkas export-json`. People are named
// inside a case by a `ref` of the file's choosing ("korban-1"), never by a database id, so a file can
// be written by hand or by another program. docs/import-format.md describes it for people;
// docs/import-format.schema.json is generated from these schemas (node scripts/schema.mjs).
import { z } from 'zod';
import { ChargeFields } from './charge';
import { PerkaraFields, StageChange } from './case';
import { ArrestFields, DetentionFields } from './detention';
import { DocumentFields } from './document';
import { CustodyFields, EvidenceFields } from './evidence';
import { line } from './fields';
import { PartyFields, PersonFields } from './person';
import { RuleSet } from '../rules/rulesets';

export const EXCHANGE_FORMAT = 'berkas-cases';
export const EXCHANGE_VERSION = 1;

/** A name for a person in one case, used by the records that point at them. */
export const Ref = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'letters, digits, dot, hyphen, underscore' });

export const ExchangeParty = PartyFields.extend({
  ref: Ref,
  person: PersonFields,
});

export const ExchangeArrest = ArrestFields.extend({ party: Ref });
export const ExchangeDetention = DetentionFields.extend({ party: Ref });
/** An attachment by its name and SHA-256, not its content: import finds the file by name in a folder. */
export const ExchangeAttachment = z.strictObject({
  name: line(255).min(1).refine((n) => !/[/\\]/.test(n) && n !== '.' && n !== '..', { message: 'a file name, not a path' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** Shows a protected person; left out, on when the item or document concerns a confidential person. */
  protected: z.boolean().nullable().default(null),
});
export type ExchangeAttachment = z.output<typeof ExchangeAttachment>;

export const ExchangeDocument = DocumentFields.omit({ parties: true }).extend({
  /** Lets an evidence item name its seizure documents. */
  ref: Ref.nullable().default(null),
  parties: z.array(Ref).max(200).default([]),
  attachments: z.array(ExchangeAttachment).max(1_000).default([]),
});

/** A custody event; `corrects` is the number (seq, from 1) of the event of the same item it corrects. */
export const ExchangeCustody = CustodyFields.omit({ corrects: true }).extend({
  corrects: z.number().int().min(1).nullable().default(null),
});

/** An evidence item; items are numbered in the order they appear. */
export const ExchangeEvidence = EvidenceFields.omit({ seizedFromParty: true, seizureDocument: true, permissionDocument: true }).extend({
  seizedFromParty: Ref.nullable().default(null),
  seizureDocument: Ref.nullable().default(null),
  permissionDocument: Ref.nullable().default(null),
  custody: z.array(ExchangeCustody).max(10_000).default([]),
  attachments: z.array(ExchangeAttachment).max(10_000).default([]),
});

export const ExchangeCase = PerkaraFields.extend({
  /** The stage history, oldest first; left out, the case starts in penyelidikan on the LP date. */
  stages: z.array(StageChange).max(100).default([]),
  parties: z.array(ExchangeParty).max(2_000).default([]),
  arrests: z.array(ExchangeArrest).max(2_000).default([]),
  detentions: z.array(ExchangeDetention).max(2_000).default([]),
  documents: z.array(ExchangeDocument).max(10_000).default([]),
  evidence: z.array(ExchangeEvidence).max(10_000).default([]),
});
export type ExchangeCase = z.output<typeof ExchangeCase>;
export type ExchangeCaseInput = z.input<typeof ExchangeCase>;

export const ExchangeFile = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  /** Set by export; ignored by import. */
  exportedAt: z.iso.datetime().optional(),
  /** Rule-set versions the cases use that are not built into Berkas. */
  ruleSets: z.array(RuleSet).max(100).default([]),
  /** Pasal the cases cite that are not built in, or were edited in the case file they came from. */
  charges: z.array(ChargeFields).max(1_000).default([]),
  cases: z.array(ExchangeCase).min(1).max(10_000),
});
export type ExchangeFile = z.output<typeof ExchangeFile>;
export type ExchangeFileInput = z.input<typeof ExchangeFile>;
