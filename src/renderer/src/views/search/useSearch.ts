// Asks the core for each settled query. Answers can come back out of order (a short query scans more
// than a long one), so each request takes a ticket and only the latest ticket's answer is kept: an
// older search finishing late must not replace newer results. The previous results stay on screen
// while the next ones are on their way, so the list does not flash empty between keys.
import { useEffect, useRef, useState } from 'react';
import type { WireError } from '../../../../shared/ipc/contract';
import type { Api } from '../../api/client';
import { SEARCH_LIMIT, type Found } from './search-model';

type Answer = { query: string; found: Found | null; error: WireError | null };

export type SearchState = {
  /** The latest results that arrived (possibly for an earlier query); null before any. */
  found: Found | null;
  error: WireError | null;
  /** True while the asked-for query has no answer yet. */
  loading: boolean;
};

export function useSearch(api: Api, query: string, initial: Found | null): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(initial && { query: initial.query, found: initial, error: null });
  const latest = useRef(0);

  useEffect(() => {
    // Taken even for an empty query: clearing the field also outdates a search in flight.
    const ticket = ++latest.current;
    if (query === '') return;
    void api.call('search:query', { query, limit: SEARCH_LIMIT }).then((result) => {
      if (ticket !== latest.current) return;
      setAnswer(result.ok ? { query, found: { query, results: result.value }, error: null } : { query, found: null, error: result.error });
    });
  }, [api, query]);

  return {
    found: answer?.found ?? null,
    error: answer?.error ?? null,
    loading: query !== '' && answer?.query !== query,
  };
}
