// The case's audit rows, newest first: when (on the unit's clock), who, what in words, and which
// record by name where this page knows it (a person, a document), else by kind.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RecordedExportView } from '../../../../shared/ipc/dossier';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { auditActionKey, newestFirst } from './audit-words';
import { useCaseTools } from './case-context';
import type { AuditRowView, DocumentView, PartyView } from './record-types';

const LIMIT = 500;

type Props = { perkaraId: string; parties: readonly PartyView[]; documents: readonly DocumentView[] };

export function HistorySection({ perkaraId, parties, documents }: Props) {
  const { t } = useTranslation();
  const { api, formats, zone } = useCaseTools();
  const [rows, setRows] = useState<AuditRowView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [exports, setExports] = useState<RecordedExportView[]>([]);

  useEffect(() => {
    let current = true;
    void api.call('audit:case', { perkaraId, limit: LIMIT }).then((r) => {
      if (!current) return;
      if (r.ok) setRows(newestFirst(r.value));
      else setError(r.error);
    });
    // An export row names its export by number and profile.
    void api.call('dossier:list', { perkaraId }).then((r) => {
      if (current && r.ok) setExports(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, perkaraId]);

  const names = new Map<string, string>([
    ...parties.map((p): [string, string] => [p.id, p.person.fullName]),
    ...parties.map((p): [string, string] => [p.person.id, p.person.fullName]),
    ...documents.map((d): [string, string] => [d.id, [t(`records.documentType.${d.type}`), d.number].filter(Boolean).join(' ')]),
    ...exports.map((x): [string, string] => [x.id, `${x.exportNumber} (${t(`dossier.profileName.${x.profile}`)})`]),
  ]);
  const action = (a: string): string => {
    const key = auditActionKey(a);
    return key ? t(`records.audit.${key}`) : a;
  };

  return (
    <div className="history">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.riwayat')}</h2>
      </div>
      <p className="panel__lead">{t('caseDetail.history.lead')}</p>
      <ErrorAlert error={error} />
      {rows === null ? (
        !error && (
          <p className="list-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('caseDetail.loading')}
          </p>
        )
      ) : rows.length === 0 ? (
        <EmptyState icon="inbox" title={t('caseDetail.history.emptyTitle')} />
      ) : (
        <table className="rtable">
          <thead>
            <tr>
              <th scope="col">{t('caseDetail.history.time', { zone })}</th>
              <th scope="col">{t('caseDetail.history.user')}</th>
              <th scope="col">{t('caseDetail.history.action')}</th>
              <th scope="col">{t('caseDetail.history.record')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td className="rtable__time">{formats.dateTime(r.at)}</td>
                <td>{r.userLogin ?? t('caseDetail.history.system')}</td>
                <td>{action(r.action)}</td>
                <td className="rtable__record">{names.get(r.entityId) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows && rows.length >= LIMIT && <p className="field__hint">{t('caseDetail.history.more', { n: LIMIT })}</p>}
    </div>
  );
}
