// The perkara table: a sticky header of sort buttons over rows that exist in the DOM only while
// they are in view (@tanstack/react-virtual), so 10,000 cases scroll like 20. Rows not fetched yet
// show a placeholder bar until their block arrives. A row opens its case on a click or Enter; one
// listener on the body serves every row, so scrolling creates no handlers.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZone } from '../../../../shared/domain/settings';
import { Icon } from '../../components/Icon';
import type { Formats } from '../../i18n/format';
import { COLUMNS, type ListQuery, type PerkaraSort } from './columns';
import { LpNumberCell } from './LpNumberCell';
import { StageBadge } from './StageBadge';
import type { PerkaraPages } from './usePerkaraPages';
import { rowIndexOf, useRowKeys } from './useRowKeys';

// Fixed heights keep the virtualizer exact (no measuring); styles/cases.css uses the same numbers.
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;

type Props = {
  pages: PerkaraPages;
  total: number;
  query: ListQuery;
  zone: TimeZone;
  formats: Formats;
  onSort: (key: PerkaraSort) => void;
  onOpen: (perkaraId: string) => void;
  /** Where to start scrolled to (the list as it was left). */
  initialOffset: number;
  onScrolled: (offset: number) => void;
};

export function CaseTable({ pages, total, query, zone, formats, onSort, onOpen, initialOffset, onScrolled }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    scrollMargin: HEADER_HEIGHT,
    // Rows scrolled to from the keyboard stop below the sticky header, not under it.
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset,
    onChange: (v) => onScrolled(v.scrollOffset ?? 0),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = pages;

  useEffect(() => {
    ensure(first, last);
  }, [ensure, first, last]);

  // Back from a case: where the list was left.
  useLayoutEffect(() => {
    if (scrollRef.current && initialOffset > 0) scrollRef.current.scrollTop = initialOffset;
    // Only on mount: later the person scrolls.
  }, []);

  // A new order or filter starts at the top (the first query is the one the list was left at).
  const firstQuery = useRef(query);
  useEffect(() => {
    if (query !== firstQuery.current) scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);

  const open = (index: number): void => {
    const row = pages.rowAt(index);
    if (row) onOpen(row.id);
  };
  const onKeyDown = useRowKeys({ virtualizer, scrollRef, total, rowHeight: ROW_HEIGHT, onEnter: open });
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const index = rowIndexOf(e.target);
    // Selecting part of an LP number to copy it is not a request to open the case.
    const selection = window.getSelection();
    if (index === null || (selection && !selection.isCollapsed && e.currentTarget.contains(selection.anchorNode))) return;
    open(index);
  };

  const label = (key: PerkaraSort): string => (key === 'updatedAt' ? t('cases.columns.updatedAt', { zone }) : t(`cases.columns.${key}`));

  return (
    <div
      className="ptable"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={t('cases.tableLabel', { n: formats.number(total) })}
      aria-describedby={hintId}
      data-testid="case-table"
      onKeyDown={onKeyDown}
    >
      <p id={hintId} className="visually-hidden">
        {t('workspace.list.openHint')}
      </p>
      <div role="table" aria-rowcount={total + 1} aria-label={t('cases.title')} className="ptable__table">
        <div role="rowgroup" className="ptable__head">
          <div role="row" aria-rowindex={1} className="ptable__row ptable__row--head">
            {COLUMNS.map(({ key }) => {
              const active = query.sort === key;
              const sort = active ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <div role="columnheader" aria-sort={sort} key={key} className={active ? 'ptable__th ptable__th--active' : 'ptable__th'}>
                  <button type="button" className="sort-button" onClick={() => onSort(key)} title={t('cases.sortBy', { column: label(key) })}>
                    <span>{label(key)}</span>
                    <Icon name={!active ? 'arrowUpDown' : query.direction === 'asc' ? 'arrowUp' : 'arrowDown'} size={14} className="sort-button__icon" />
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="ptable__body" style={{ height: virtualizer.getTotalSize() }} onClick={onClick}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                role="row"
                key={item.key}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                aria-busy={row ? undefined : true}
                tabIndex={-1}
                className={item.index % 2 ? 'ptable__row ptable__row--odd' : 'ptable__row'}
                style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              >
                {row ? (
                  <>
                    <LpNumberCell lpNumber={row.lpNumber} />
                    <div role="cell" className="ptable__td ptable__td--date">
                      {row.lpDate ? formats.date(row.lpDate) : <span className="muted">{t('cases.noDate')}</span>}
                    </div>
                    <div role="cell" className="ptable__td ptable__td--title" title={row.title}>
                      {row.title}
                    </div>
                    <div role="cell" className="ptable__td">
                      <StageBadge stage={row.stage} />
                    </div>
                    <div role="cell" className="ptable__td ptable__td--date">
                      {formats.dateTime(row.updatedAt)}
                    </div>
                  </>
                ) : (
                  COLUMNS.map(({ key }) => (
                    <div role="cell" key={key} className="ptable__td">
                      <span className="placeholder" />
                    </div>
                  ))
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
