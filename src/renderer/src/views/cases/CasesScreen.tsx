// The perkara list inside the workspace: title, count, search, "Perkara baru" for those who may
// write, and the table, whose rows open their case. Everything here goes through the guarded API,
// so a case file that the core locked meanwhile sends the page back to the sign-in screen. The
// order, the filter and the scroll position are kept in the workspace's memory, so coming back
// from a case finds the list as it was left.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { guardedApi } from '../../api/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormats } from '../../i18n/format';
import type { ListMemory } from '../workspace/place';
import { CaseSearch } from './CaseSearch';
import { CaseTable } from './CaseTable';
import { nextSort, type ListQuery } from './columns';
import { NewCaseButton } from './NewCaseButton';
import { useDebounced } from './useDebounced';
import { usePerkaraPages } from './usePerkaraPages';

const FILTER_DELAY_MS = 250;

type Props = {
  session: SessionState;
  /** Written as the list changes (a holder owned by the workspace, outliving this screen). */
  memory: ListMemory;
  onOpen: (perkaraId: string) => void;
  onNew: () => void;
};

export function CasesScreen({ session, memory, onOpen, onNew }: Props) {
  const { t } = useTranslation();
  const raw = useApi();
  const api = useMemo(() => guardedApi(raw), [raw]);
  useDocumentTitle(t('cases.title'));
  const zone = session.timeZone ?? 'WITA';
  const formats = useFormats(zone);
  const [order, setOrder] = useState<Pick<ListQuery, 'sort' | 'direction'>>({ sort: memory.sort, direction: memory.direction });
  const [typed, setTyped] = useState(memory.filter);
  const [settled, settleNow] = useDebounced(typed, FILTER_DELAY_MS);
  const filter = settled.trim();
  const query = useMemo<ListQuery>(() => ({ sort: order.sort, direction: order.direction, filter }), [order, filter]);
  const pages = usePerkaraPages(api, query);
  const shown = pages.shown ?? query;
  // A pembaca reads only; the core would refuse the create anyway.
  const canCreate = session.user !== null && session.user.role !== 'pembaca';

  useEffect(() => {
    if (memory.sort !== query.sort || memory.direction !== query.direction || memory.filter !== typed) {
      Object.assign(memory, { sort: query.sort, direction: query.direction, filter: typed });
    }
  }, [memory, query, typed]);

  const clearFilter = (): void => {
    setTyped('');
    settleNow('');
  };

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
        <button type="button" className="btn btn--secondary" onClick={clearFilter}>
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
        onOpen={onOpen}
        initialOffset={memory.offset}
        onScrolled={(offset) => {
          memory.offset = offset;
        }}
      />
    );
  }

  const n = total === null ? '' : formats.number(total);
  return (
    <section className="cases" aria-labelledby="cases-title">
      <div className="cases__bar">
        <div className="cases__heading">
          <h1 id="cases-title" className="cases__title" tabIndex={-1}>
            {t('cases.title')}
          </h1>
          {total !== null && (
            <span className="count" data-testid="case-count" aria-live="polite">
              {shown.filter ? t('cases.matching', { count: total, n }) : t('cases.count', { count: total, n })}
            </span>
          )}
          {pages.loading && total !== null && <span className="spinner spinner--small" aria-hidden="true" />}
        </div>
        <div className="cases__tools">
          <CaseSearch value={typed} onChange={setTyped} onCommit={() => settleNow(typed)} onClear={clearFilter} />
          {canCreate && <NewCaseButton onClick={onNew} />}
        </div>
      </div>
      <ErrorAlert error={pages.error} />
      <div className="cases__body">{body}</div>
    </section>
  );
}
