// The case list, fetched from the core in blocks of 200 rows as they scroll into view, so that ten
// thousand cases cost a few small queries rather than one large answer. A new sort or filter keeps
// the old rows on screen until its first block arrives (no flash of an empty table), and answers to
// a query that is no longer current are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PerkaraSummary } from '../../../../shared/domain/case';
import type { WireError } from '../../../../shared/ipc/contract';
import type { Api } from '../../api/client';
import type { ListQuery } from './columns';

export const BLOCK_SIZE = 200;

type Loaded = { query: ListQuery; total: number; blocks: ReadonlyMap<number, readonly PerkaraSummary[]> };

export type PerkaraPages = {
  /** The query whose rows are shown (lags the asked-for one until its first block arrives). */
  shown: ListQuery | null;
  /** Rows matching the shown query; null before the first answer. */
  total: number | null;
  /** True while the asked-for query differs from the one shown. */
  loading: boolean;
  error: WireError | null;
  rowAt: (index: number) => PerkaraSummary | undefined;
  /** Fetches the blocks that hold rows first..last, if not already there or on their way. */
  ensure: (first: number, last: number) => void;
};

const sameQuery = (a: ListQuery | null, b: ListQuery | null): boolean =>
  a !== null && b !== null && a.sort === b.sort && a.direction === b.direction && a.filter === b.filter;

export function usePerkaraPages(api: Api, query: ListQuery): PerkaraPages {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const wanted = useRef(query);
  const requested = useRef(new Set<string>());

  const load = useCallback(
    (q: ListQuery, block: number) => {
      const key = `${q.sort}|${q.direction}|${block}|${q.filter}`;
      if (requested.current.has(key)) return;
      requested.current.add(key);
      void api.call('perkara:list', { offset: block * BLOCK_SIZE, limit: BLOCK_SIZE, ...q }).then((answer) => {
        if (!sameQuery(wanted.current, q)) return;
        if (!answer.ok) {
          // Asked again when next needed.
          requested.current.delete(key);
          setError(answer.error);
          return;
        }
        setError(null);
        const { total, rows } = answer.value;
        setLoaded((prev) => {
          const blocks = new Map(prev && sameQuery(prev.query, q) ? prev.blocks : []);
          blocks.set(block, rows);
          return { query: q, total, blocks };
        });
      });
    },
    [api],
  );

  useEffect(() => {
    wanted.current = query;
    requested.current = new Set();
    load(query, 0);
  }, [query, load]);

  const ensure = useCallback(
    (first: number, last: number) => {
      if (!loaded || !sameQuery(loaded.query, wanted.current)) return;
      const end = Math.min(last, loaded.total - 1);
      for (let block = Math.floor(first / BLOCK_SIZE); block <= Math.floor(end / BLOCK_SIZE); block++) {
        if (!loaded.blocks.has(block)) load(loaded.query, block);
      }
    },
    [loaded, load],
  );

  const rowAt = useCallback((index: number) => loaded?.blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE], [loaded]);

  return {
    shown: loaded?.query ?? null,
    total: loaded?.total ?? null,
    loading: !sameQuery(loaded?.query ?? null, query),
    error,
    rowAt,
    ensure,
  };
}
