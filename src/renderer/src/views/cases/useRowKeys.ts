// The keyboard on the case table. Rows are focusable (tabindex -1) but not Tab stops: with ten
// thousand of them that would trap Tab. The table itself is the one Tab stop; from it, or from a
// row, the arrows, Page Up/Down, Home and End move the focus from row to row, and Enter opens the
// focused row's case. A row that is not rendered yet (virtualized) is scrolled to first and
// focused once it exists.
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

type Options = {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  total: number;
  rowHeight: number;
  onEnter: (index: number) => void;
};

/** The index of the row an event happened in, or null when outside any row. */
export function rowIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest<HTMLElement>('[data-index]');
  const index = row ? Number(row.dataset.index) : NaN;
  return Number.isInteger(index) ? index : null;
}

export function useRowKeys({ virtualizer, scrollRef, total, rowHeight, onEnter }: Options): (e: KeyboardEvent<HTMLDivElement>) => void {
  const pending = useRef<number | null>(null);

  const focusPending = useCallback((): void => {
    const index = pending.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!row) return;
    pending.current = null;
    // The virtualizer has scrolled already; the browser's own scroll would tuck the row under the
    // sticky header.
    row.focus({ preventScroll: true });
  }, [scrollRef]);

  // After each render: the row asked for may have just appeared.
  useEffect(() => {
    focusPending();
  });

  return useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey || total === 0) return;
      const current = rowIndexOf(e.target);
      if (e.key === 'Enter') {
        if (current === null) return;
        e.preventDefault();
        onEnter(current);
        return;
      }
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 2);
      // The first row wholly below the sticky header (row offsets include the header's height).
      const top = (virtualizer.scrollOffset ?? 0) + virtualizer.options.scrollMargin;
      const firstShown = virtualizer.getVirtualItems().find((item) => item.start >= top)?.index ?? 0;
      let next: number | null;
      switch (e.key) {
        case 'ArrowDown':
          next = current === null ? firstShown : current + 1;
          break;
        case 'ArrowUp':
          next = current === null ? firstShown : current - 1;
          break;
        case 'PageDown':
          next = current === null ? null : current + page;
          break;
        case 'PageUp':
          next = current === null ? null : current - page;
          break;
        case 'Home':
          next = current === null ? null : 0;
          break;
        case 'End':
          next = current === null ? null : total - 1;
          break;
        default:
          next = null;
      }
      // From the table itself, Page and Home/End keep scrolling as a scroll box does.
      if (next === null) return;
      e.preventDefault();
      const index = Math.max(0, Math.min(total - 1, next));
      pending.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      focusPending();
    },
    [virtualizer, scrollRef, total, rowHeight, onEnter, focusPending],
  );
}
