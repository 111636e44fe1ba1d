// The items of a case as rows that exist in the DOM only while in view (@tanstack/react-virtual),
// so a case with thousands of items scrolls like one with ten. Each row is one button that opens
// the item; its text is what a screen reader announces.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRowView } from '../../../../shared/ipc/evidence';
import { Icon } from '../../components/Icon';

// Fixed heights keep the virtualizer exact; styles/evidence.css uses the same number.
const ROW_HEIGHT = 52;

export function EvidenceTable({ rows, onOpen }: { rows: readonly EvidenceRowView[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  return (
    <div className="ev-table">
      <div className="ev-table__head ev-row__grid" aria-hidden="true">
        <span>{t('evidence.column.number')}</span>
        <span>{t('evidence.column.description')}</span>
        <span>{t('evidence.column.category')}</span>
        <span>{t('evidence.column.status')}</span>
        <span>{t('evidence.column.holder')}</span>
        <span className="ev-row__count">{t('evidence.column.attachments')}</span>
      </div>
      <div
        className="ev-table__scroll"
        ref={scrollRef}
        style={{ height: rows.length * ROW_HEIGHT + 2 }}
        role="list"
        aria-label={t('evidence.listLabel', { n: rows.length })}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const e = rows[v.index];
            if (!e) return null;
            return (
              <div key={e.id} role="listitem" className="ev-table__item" style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}>
                <button type="button" className="ev-row ev-row__grid" onClick={() => onOpen(e.id)} data-testid="evidence-row">
                  <span className="ev-row__number">{t('evidence.numberLabel', { n: e.number })}</span>
                  <span className="ev-row__desc">{e.description}</span>
                  <span className="ev-row__cat">{t(`evidence.category.${e.category}`)}</span>
                  <span className={`ev-status ev-status--${e.status}`}>{t(`evidence.status.${e.status}`)}</span>
                  <span className="ev-row__holder">{e.holder || <span className="muted">{t('evidence.noHolder')}</span>}</span>
                  <span className="ev-row__count">
                    {e.attachments > 0 && <Icon name="link" size={14} />}
                    {e.attachments}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
