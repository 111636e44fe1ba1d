// What the search screen keeps and where its results lead. The memory outlives the screen (the
// workspace holds it), so that Back from a case opened here finds the same words and results.
import type { PartyRole } from '../../../../shared/domain/person';
import type { SearchResults } from '../../../../shared/domain/search';
import type { Section as CaseSection } from '../case/sections';

/** Hits per group. Sent explicitly: the shared default lives beside zod, kept out of the page. */
export const SEARCH_LIMIT = 20;

/** Results and the query they answer (the field may already hold newer words). */
export type Found = { query: string; results: SearchResults };

export type SearchMemory = { typed: string; found: Found | null };

export function emptySearchMemory(): SearchMemory {
  return { typed: '', found: null };
}

/** Opens a case at one of its sections. */
export type OpenCase = (perkaraId: string, section: CaseSection) => void;

/** The case section that lists a person in this role: saksi and ahli share one. */
export const ROLE_SECTION = {
  korban: 'korban',
  tersangka: 'tersangka',
  saksi: 'saksi',
  ahli: 'saksi',
  pelapor: 'pelapor',
} as const satisfies Record<PartyRole, CaseSection>;

export const GROUPS = ['persons', 'cases', 'documents', 'evidence'] as const satisfies readonly (keyof SearchResults)[];

export type Group = (typeof GROUPS)[number];

/** Hits across every group (typed loosely so a test needs no branded ids). */
export function hitCount(results: Readonly<Record<Group, readonly unknown[]>>): number {
  return GROUPS.reduce((sum, group) => sum + results[group].length, 0);
}
