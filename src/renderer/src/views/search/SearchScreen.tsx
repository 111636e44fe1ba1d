// Search across the whole case file: people (with every case they appear in and their role there),
// cases, documents and barang bukti. The words typed and the last results are written to the
// workspace's memory, so Back from a case opened here returns to the same list; on return the same
// query is asked again quietly, in case the case just visited changed what it finds.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { guardedApi } from '../../api/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormats } from '../../i18n/format';
import { useDebounced } from '../cases/useDebounced';
import { hitCount, type OpenCase, type SearchMemory } from './search-model';
import { SearchField } from './SearchField';
import { SearchHits } from './SearchHits';
import { useSearch } from './useSearch';

const SEARCH_DELAY_MS = 150;

type Props = { session: SessionState; memory: SearchMemory; onOpen: OpenCase };

export function SearchScreen({ session, memory, onOpen }: Props) {
  const { t } = useTranslation();
  const raw = useApi();
  const api = useMemo(() => guardedApi(raw), [raw]);
  useDocumentTitle(t('workspace.search.title'));
  const formats = useFormats(session.timeZone ?? 'WITA');
  const [typed, setTyped] = useState(memory.typed);
  const [settled, settleNow] = useDebounced(typed, SEARCH_DELAY_MS);
  const query = settled.trim();
  const { found, error, loading } = useSearch(api, query, memory.found);
  const hits = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    memory.typed = typed;
    memory.found = found;
  }, [memory, typed, found]);

  const clear = (): void => {
    setTyped('');
    settleNow('');
  };
  const toFirstHit = (): void => hits.current?.querySelector<HTMLButtonElement>('button')?.focus();

  const total = found ? hitCount(found.results) : 0;
  let body;
  if (query === '') {
    body = (
      <EmptyState icon="search" title={t('workspace.search.hintTitle')}>
        <p className="empty__text">{t('workspace.search.hint')}</p>
      </EmptyState>
    );
  } else if (!found) {
    body = error ? null : (
      <p className="list-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('workspace.search.searching')}
      </p>
    );
  } else if (total === 0) {
    body = (
      <EmptyState icon="search" title={t('workspace.search.noMatchTitle', { query: found.query })}>
        <p className="empty__text">{t('workspace.search.noMatchText')}</p>
        <button type="button" className="btn btn--secondary" onClick={clear}>
          {t('workspace.search.clear')}
        </button>
      </EmptyState>
    );
  } else {
    body = <SearchHits results={found.results} formats={formats} onOpen={onOpen} />;
  }

  return (
    <section className="find" aria-labelledby="find-title">
      <div className="find__bar">
        <div className="cases__heading">
          <h1 id="find-title" className="cases__title" tabIndex={-1}>
            {t('workspace.search.title')}
          </h1>
          <span className="count" data-testid="search-count" aria-live="polite">
            {query !== '' && found && total > 0 ? t('workspace.search.count', { count: total, n: formats.number(total), query: found.query }) : ''}
          </span>
          {loading && found && <span className="spinner spinner--small" aria-hidden="true" />}
        </div>
        <SearchField value={typed} onChange={setTyped} onCommit={() => settleNow(typed)} onClear={clear} onDown={toFirstHit} />
      </div>
      <ErrorAlert error={query === '' ? null : error} />
      <div className="find__body" ref={hits} aria-busy={loading}>
        {body}
      </div>
    </section>
  );
}
