// Where the person is inside an open case file. Kept in React state, not in the address: the URL
// fragment carries the preview server's token, and a reload must land on the sign-in screen anyway.
import type { ListQuery } from '../cases/columns';

export type Section = 'cases' | 'deadlines' | 'search';

export type Place =
  | { view: 'cases' }
  | { view: 'newCase' }
  | { view: 'deadlines' }
  /** Search across the case file; what was typed and found is kept in the workspace's memory. */
  | { view: 'search' }
  /** One case, opened from a section; Back returns there. */
  | { view: 'case'; perkaraId: string; from: Section; initialSection?: string };

/** The section of the navigation a place belongs to (marked as current there). */
export function sectionOf(place: Place): Section {
  switch (place.view) {
    case 'cases':
    case 'newCase':
      return 'cases';
    case 'deadlines':
      return 'deadlines';
    case 'search':
      return 'search';
    case 'case':
      return place.from;
  }
}

/** A key that changes whenever the main area shows another view (focus moves to its heading). */
export function placeKey(place: Place): string {
  return place.view === 'case' ? `case:${place.perkaraId}` : place.view;
}

/** What the case list remembers while a case is open, so Back finds it as it was left. */
export type ListMemory = ListQuery & {
  /** The table's scroll position, in pixels. */
  offset: number;
};
