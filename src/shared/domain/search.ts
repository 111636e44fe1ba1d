// Search across the case file: people, cases, documents and barang bukti, grouped by kind. The query
// is what a person typed; the results name records, so a screen can open them. A confidential person
// is found (investigators search for their victims) and carries the flag, so the screen can badge it.
import { z } from 'zod';
import { Stage } from './case';
import { DocumentType } from './document';
import { PerkaraId } from './ids';
import { PartyRole } from './person';

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 100;
/** Longer input is cut: nobody types more, and every word costs an index lookup. */
export const SEARCH_QUERY_MAX = 200;

export const SearchInput = z.strictObject({
  query: z.string().max(10_000),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
});
export type SearchInput = z.infer<typeof SearchInput>;

/** A role of the person in one case; confidential: the stored flag, or a child at the offence. */
export const SearchRole = z.object({
  perkaraId: PerkaraId,
  lpNumber: z.string(),
  role: PartyRole,
  confidential: z.boolean(),
});
export type SearchRole = z.infer<typeof SearchRole>;

export const PersonHit = z.object({
  personId: z.string(),
  name: z.string(),
  alias: z.string(),
  roles: z.array(SearchRole),
});
export type PersonHit = z.infer<typeof PersonHit>;

export const CaseHit = z.object({ perkaraId: PerkaraId, lpNumber: z.string(), title: z.string(), stage: Stage });
export type CaseHit = z.infer<typeof CaseHit>;

export const DocumentHit = z.object({
  documentId: z.string(),
  perkaraId: PerkaraId,
  lpNumber: z.string(),
  type: DocumentType,
  number: z.string(),
  date: z.string().nullable(),
});
export type DocumentHit = z.infer<typeof DocumentHit>;

export const EvidenceHit = z.object({
  evidenceId: z.string(),
  perkaraId: PerkaraId,
  lpNumber: z.string(),
  number: z.number().int(),
  description: z.string(),
});
export type EvidenceHit = z.infer<typeof EvidenceHit>;

/** Each group best match first, at most `limit` long. */
export const SearchResults = z.object({
  persons: z.array(PersonHit),
  cases: z.array(CaseHit),
  documents: z.array(DocumentHit),
  evidence: z.array(EvidenceHit),
});
export type SearchResults = z.infer<typeof SearchResults>;
