// The documents of the investigation in the dossier's procedural order (the core sorts them: by
// type as DOCUMENT_TYPES lists them, then by date), each with the people it concerns.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import { ActionIcon } from '../../components/ActionIcon';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from './case-context';
import { DocumentForm } from './DocumentForm';
import { EditButton } from './EditButton';
import type { DocumentView, PartyView } from './record-types';

type Props = { perkaraId: string; documents: readonly DocumentView[] | null; parties: readonly PartyView[]; onChanged: () => Promise<void> };

export function DocumentsSection({ perkaraId, documents, parties, onChanged }: Props) {
  const { t } = useTranslation();
  const { api, canEdit, confirm, formats } = useCaseTools();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const names = new Map(parties.map((p) => [p.id, p.person.fullName]));

  const saved = async (): Promise<void> => {
    setEditing(null);
    await onChanged();
  };
  const remove = async (d: DocumentView, type: string): Promise<void> => {
    const yes = await confirm({
      title: t('caseDetail.documents.removeTitle', { type, number: d.number }),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('documents:remove', { id: d.id });
    setError(r.ok ? null : r.error);
    if (r.ok) await onChanged();
  };

  return (
    <div className="documents">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.dokumen')}</h2>
        {canEdit && (
          <button type="button" className="btn btn--primary" onClick={() => setEditing('new')} disabled={editing !== null}>
            <ActionIcon name="plus" />
            {t('caseDetail.documents.add')}
          </button>
        )}
      </div>
      <ErrorAlert error={error} />
      {editing === 'new' && <DocumentForm perkaraId={perkaraId} parties={parties} onClose={() => setEditing(null)} onSaved={saved} />}
      {documents === null ? (
        <p className="list-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('caseDetail.loading')}
        </p>
      ) : documents.length === 0 ? (
        editing === null && (
          <EmptyState icon="inbox" title={t('caseDetail.documents.emptyTitle')}>
            <p className="empty__text">{t('caseDetail.documents.emptyText')}</p>
          </EmptyState>
        )
      ) : (
        <ol className="doclist">
          {documents.map((d) => {
            const type = t(`records.documentType.${d.type}`);
            if (editing === d.id) {
              return (
                <li key={d.id}>
                  <DocumentForm perkaraId={perkaraId} document={d} parties={parties} onClose={() => setEditing(null)} onSaved={saved} />
                </li>
              );
            }
            return (
              <li key={d.id} className="doc">
                <div className="doc__main">
                  <div className="doc__line">
                    <span className="doc__type">{type}</span>
                    <span className="doc__number">{d.number || t('caseDetail.documents.noNumber')}</span>
                    <span className="doc__date">{d.date ? formats.longDate(d.date) : t('caseDetail.documents.noDate')}</span>
                  </div>
                  {d.signatory && (
                    <p className="doc__meta">
                      {t('caseDetail.documents.signatory')}: {d.signatory}
                    </p>
                  )}
                  {d.parties.length > 0 && (
                    <p className="doc__meta">
                      {t('caseDetail.documents.parties')}: {d.parties.map((id) => names.get(id) ?? id).join(', ')}
                    </p>
                  )}
                  {d.summary && <p className="doc__summary">{d.summary}</p>}
                </div>
                <div className="doc__actions">
                  <EditButton what={`${type} ${d.number}`} onClick={() => setEditing(d.id)} disabled={editing !== null} />
                  <EditButton icon="trash" label={t('caseDetail.remove')} what={`${type} ${d.number}`} onClick={() => void remove(d, type)} disabled={editing !== null} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
