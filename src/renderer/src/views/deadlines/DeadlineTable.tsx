// The running deadlines as a table (a case file has tens of them, not thousands: no virtualizing),
// under a sticky header. A click anywhere on a row opens its case, as the LP button does.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZone } from '../../../../shared/domain/settings';
import type { DeadlineView } from '../../../../shared/ipc/records';
import type { Formats } from '../../i18n/format';
import { useLongDates } from '../workspace/dates';
import { DeadlineRow } from './DeadlineRow';

type Props = { rows: readonly DeadlineView[]; zone: TimeZone; formats: Formats; onOpen: (perkaraId: string) => void };

const COLUMNS = ['left', 'what', 'who', 'due', 'lp', 'next'] as const;

export function DeadlineTable({ rows, zone, formats, onOpen }: Props) {
  const { t } = useTranslation();
  const dates = useLongDates(zone);
  const onClick = (e: MouseEvent<HTMLTableSectionElement>): void => {
    if (!(e.target instanceof Element) || e.target.closest('button')) return;
    const row = e.target.closest<HTMLElement>('tr[data-index]');
    const d = rows[Number(row?.dataset.index)];
    if (d && window.getSelection()?.isCollapsed !== false) onOpen(d.perkaraId);
  };
  return (
    <div className="dl" data-testid="deadline-table">
      <table className="dl__table" aria-label={t('workspace.deadlines.tableLabel', { n: formats.number(rows.length) })}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={`dl__th dl__th--${c}`}>
                {t(`workspace.deadlines.columns.${c}`, { zone })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onClick={onClick}>
          {rows.map((d, i) => (
            <DeadlineRow key={`${d.perkaraId}|${d.kind}|${d.partyId ?? ''}|${d.detentionKind ?? ''}|${d.dueAt ?? d.due}`} deadline={d} index={i} zone={zone} formats={formats} dates={dates} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
