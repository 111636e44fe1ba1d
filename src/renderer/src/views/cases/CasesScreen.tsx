// The open case file: the header (unit, user, language, lock) over the perkara list. Everything
// here goes through the guarded API, so a case file that the core locked meanwhile sends the page
// back to the sign-in screen.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { guardedApi, reloadToUnlock } from '../../api/session';
import { useActivityReport } from '../../api/useActivityReport';
import { useSessionWatch } from '../../api/useSessionWatch';
import { AppHeader } from '../../components/AppHeader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormats } from '../../i18n/format';
import { CaseSearch } from './CaseSearch';
import { CaseTable } from './CaseTable';
import { DEFAULT_QUERY, nextSort, type ListQuery } from './columns';
import { useDebounced } from './useDebounced';
import { usePerkaraPages } from './usePerkaraPages';

const FILTER_DELAY_MS = 250;

export function CasesScreen({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const raw = useApi();
  const api = useMemo(() => guardedApi(raw), [raw]);
  useSessionWatch(raw);
  useActivityReport(raw);
  useDocumentTitle(t('cases.title'));
  const zone = session.timeZone ?? 'WITA';
  const formats = useFormats(zone);
  const [locking, setLocking] = useState(false);
  const [order, setOrder] = useState<Pick<ListQuery, 'sort' | 'direction'>>(DEFAULT_QUERY);
  const [typed, setTyped] = useState('');
  const [settled, settleNow] = useDebounced(typed, FILTER_DELAY_MS);
  const filter = settled.trim();
  const query = useMemo<ListQuery>(() => ({ sort: order.sort, direction: order.direction, filter }), [order, filter]);
  const pages = usePerkaraPages(api, query);
  const shown = pages.shown ?? query;

  const clearFilter = (): void => {
    setTyped('');
    settleNow('');
  };

  async function lock(): Promise<void> {
    setLocking(true);
    await raw.call('session:lock', {});
    reloadToUnlock();
  }

  const total = pages.total;
  let body;
  if (total === null) {
    body = (
      <p className="list-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('cases.loading')}
      </p>
    );
  } else if (total === 0 && shown.filter === '') {
    body = (
      <EmptyState icon="inbox" title={t('cases.emptyTitle')}>
        <p className="empty__text">{t('cases.emptyText')}</p>
      </EmptyState>
    );
  } else if (total === 0) {
    body = (
      <EmptyState icon="search" title={t('cases.noMatchTitle', { filter: shown.filter })}>
        <p className="empty__text">{t('cases.noMatchText')}</p>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={clearFilter}
        >
          {t('cases.clearFilter')}
        </button>
      </EmptyState>
    );
  } else {
    body = (
      <CaseTable
        pages={pages}
        total={total}
        query={shown}
        zone={zone}
        formats={formats}
        onSort={(key) => setOrder((o) => nextSort({ ...o, filter }, key))}
      />
    );
  }

  const n = total === null ? '' : formats.number(total);
  return (
    <div className="app">
      <AppHeader session={session} locking={locking} onLock={() => void lock()} />
      <main className="cases" aria-labelledby="cases-title">
        <div className="cases__bar">
          <div className="cases__heading">
            <h1 id="cases-title" className="cases__title">
              {t('cases.title')}
            </h1>
            {total !== null && (
              <span className="count" data-testid="case-count" aria-live="polite">
                {shown.filter ? t('cases.matching', { count: total, n }) : t('cases.count', { count: total, n })}
              </span>
            )}
            {pages.loading && total !== null && <span className="spinner spinner--small" aria-hidden="true" />}
          </div>
          <CaseSearch
            value={typed}
            onChange={setTyped}
            onCommit={() => settleNow(typed)}
            onClear={clearFilter}
          />
        </div>
        <ErrorAlert error={pages.error} />
        <div className="cases__body">{body}</div>
      </main>
    </div>
  );
}
