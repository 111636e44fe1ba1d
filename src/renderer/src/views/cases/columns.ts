// The case list's columns: what each sorts by, which way a first click sorts (newest first for
// dates, A to Z for words), and its width in the shared grid (styles/cases.css).
import type { PerkaraQuery } from '../../../../shared/ipc/contract';

export type PerkaraSort = NonNullable<PerkaraQuery['sort']>;
export type Direction = 'asc' | 'desc';
export type ListQuery = { sort: PerkaraSort; direction: Direction; filter: string };

export const COLUMNS = [
  { key: 'lpNumber', firstDirection: 'asc' },
  { key: 'lpDate', firstDirection: 'desc' },
  { key: 'title', firstDirection: 'asc' },
  { key: 'stage', firstDirection: 'asc' },
  { key: 'updatedAt', firstDirection: 'desc' },
] as const satisfies readonly { key: PerkaraSort; firstDirection: Direction }[];

/** The contract's default order: the case changed last on top. */
export const DEFAULT_QUERY: ListQuery = { sort: 'updatedAt', direction: 'desc', filter: '' };

export function nextSort(q: ListQuery, key: PerkaraSort): ListQuery {
  if (q.sort === key) return { ...q, direction: q.direction === 'asc' ? 'desc' : 'asc' };
  const column = COLUMNS.find((c) => c.key === key);
  return { ...q, sort: key, direction: column?.firstDirection ?? 'asc' };
}
