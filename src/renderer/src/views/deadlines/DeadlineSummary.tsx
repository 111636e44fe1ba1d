// Beside the title: how many deadlines run, how many are overdue (in red) and how many end within
// three days. Announced politely when it changes (a refresh, a new day).
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../i18n/format';
import type { Counts } from './deadline-words';

export function DeadlineSummary({ counts, formats }: { counts: Counts; formats: Formats }) {
  const { t } = useTranslation();
  const n = (k: keyof Counts): { count: number; n: string } => ({ count: counts[k], n: formats.number(counts[k]) });
  return (
    <span className="count" data-testid="deadline-count" aria-live="polite">
      {t('workspace.deadlines.count', n('all'))}
      {counts.overdue > 0 && (
        <>
          {' · '}
          <strong className="count--overdue">{t('workspace.deadlines.overdue', n('overdue'))}</strong>
        </>
      )}
      {counts.soon > 0 && (
        <>
          {' · '}
          <span className="count--soon">{t('workspace.deadlines.soon', n('soon'))}</span>
        </>
      )}
    </span>
  );
}
