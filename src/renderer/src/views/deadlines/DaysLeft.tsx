// The "days left" cell: a big number while there is time, the words when there is none ("hari
// terakhir", "terlambat 3 hari"), red below three days. An arrest is counted in hours from its
// exact end: on its last day "hari terakhir" would hide that it may already be over. The words are
// also what a screen reader hears, so the number is never read without its unit.
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../i18n/format';
import { urgencyOf } from './deadline-words';

const HOUR_MS = 3_600_000;

type Props = { daysLeft: number; dueAt: string | null; formats: Formats; now?: number };

export function DaysLeft({ daysLeft, dueAt, formats, now = Date.now() }: Props) {
  const { t } = useTranslation();
  const end = dueAt ? Date.parse(dueAt) : NaN;
  if (!Number.isNaN(end) && end - now < 24 * HOUR_MS) {
    const ms = end - now;
    if (ms < 0) {
      const n = Math.max(1, Math.floor(-ms / HOUR_MS));
      return <span className="left left--overdue">{t('workspace.deadlines.left.overdueHours', { count: n, n: formats.number(n) })}</span>;
    }
    // "5 jam lagi" while any of the fifth hour remains.
    const n = Math.max(1, Math.ceil(ms / HOUR_MS));
    return (
      <span className="left left--soon">
        <span className="left__number">{formats.number(n)}</span> <span className="left__unit">{t('workspace.deadlines.left.hours', { count: n })}</span>
      </span>
    );
  }
  const urgency = urgencyOf(daysLeft);
  const className = `left left--${urgency}`;
  if (urgency === 'overdue') {
    const n = -daysLeft;
    return <span className={className}>{t('workspace.deadlines.left.overdue', { count: n, n: formats.number(n) })}</span>;
  }
  if (urgency === 'lastDay') return <span className={className}>{t('workspace.deadlines.left.lastDay')}</span>;
  return (
    <span className={className}>
      <span className="left__number">{formats.number(daysLeft)}</span> <span className="left__unit">{t('workspace.deadlines.left.days', { count: daysLeft })}</span>
    </span>
  );
}
