// Tenggat: every running deadline across the case file, the most urgent first (overdue on top),
// filtered by kind. "Days left" are counted by the core in the unit's time zone; this screen only
// words them. A row opens its case at its deadlines section.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { guardedApi } from '../../api/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormats } from '../../i18n/format';
import { DeadlineFilter, type KindFilter } from './DeadlineFilter';
import { DeadlineSummary } from './DeadlineSummary';
import { DeadlineTable } from './DeadlineTable';
import { countOf } from './deadline-words';
import { useDeadlines } from './useDeadlines';

export function DeadlinesScreen({ session, onOpen }: { session: SessionState; onOpen: (perkaraId: string) => void }) {
  const { t } = useTranslation();
  const raw = useApi();
  const api = useMemo(() => guardedApi(raw), [raw]);
  useDocumentTitle(t('workspace.deadlines.title'));
  const zone = session.timeZone ?? 'WITA';
  const formats = useFormats(zone);
  const { rows, error } = useDeadlines(api);
  const [kind, setKind] = useState<KindFilter>('all');
  const counts = useMemo(() => countOf(rows ?? [], Date.now()), [rows]);
  const shown = useMemo(() => (rows ?? []).filter((d) => kind === 'all' || d.kind === kind), [rows, kind]);

  let body;
  if (rows === null) {
    body = (
      <p className="list-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('workspace.deadlines.loading')}
      </p>
    );
  } else if (rows.length === 0) {
    body = (
      <EmptyState icon="check" title={t('workspace.deadlines.emptyTitle')}>
        <p className="empty__text">{t('workspace.deadlines.emptyText')}</p>
      </EmptyState>
    );
  } else if (shown.length === 0) {
    body = (
      <EmptyState icon="search" title={t('workspace.deadlines.noKindTitle', { kind: kind === 'all' ? '' : t(`workspace.deadlines.filters.${kind}`) })}>
        <button type="button" className="btn btn--secondary" onClick={() => setKind('all')}>
          {t('workspace.deadlines.showAll')}
        </button>
      </EmptyState>
    );
  } else {
    body = <DeadlineTable rows={shown} zone={zone} formats={formats} onOpen={onOpen} />;
  }

  return (
    <section className="deadlines" aria-labelledby="deadlines-title">
      <div className="deadlines__heading">
        <div className="cases__heading">
          <h1 id="deadlines-title" className="cases__title" tabIndex={-1}>
            {t('workspace.deadlines.title')}
          </h1>
          {rows !== null && <DeadlineSummary counts={counts} formats={formats} />}
        </div>
        <p className="deadlines__lead">{t('workspace.deadlines.lead', { zone })}</p>
      </div>
      {rows !== null && rows.length > 0 && <DeadlineFilter value={kind} counts={counts} formats={formats} onChange={setKind} />}
      <ErrorAlert error={error} />
      <div className="cases__body">{body}</div>
    </section>
  );
}
