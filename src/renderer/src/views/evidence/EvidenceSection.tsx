// Barang bukti of one case: the list (every item with its status, holder and attachment count),
// the form for a new item, and one item's detail in place of the list once it is opened.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { EvidenceRowView } from '../../../../shared/ipc/evidence';
import { ActionIcon } from '../../components/ActionIcon';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from '../case/case-context';
import type { DocumentView, PartyView } from '../case/record-types';
import { EvidenceDetail } from './EvidenceDetail';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceTable } from './EvidenceTable';

type Props = { perkaraId: string; parties: readonly PartyView[]; documents: readonly DocumentView[] };

export function EvidenceSection({ perkaraId, parties, documents }: Props) {
  const { t } = useTranslation();
  const { api, canEdit } = useCaseTools();
  const [rows, setRows] = useState<EvidenceRowView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const r = await api.call('evidence:list', { perkaraId });
    if (r.ok) setRows(r.value);
    setError(r.ok ? null : r.error);
  }, [api, perkaraId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (open) {
    return (
      <EvidenceDetail
        evidenceId={open}
        parties={parties}
        documents={documents}
        onBack={() => {
          setOpen(null);
          void reload();
        }}
        onRemoved={() => {
          setOpen(null);
          void reload();
        }}
      />
    );
  }

  return (
    <div className="evidence">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.barang_bukti')}</h2>
        {canEdit && (
          <button type="button" className="btn btn--primary" onClick={() => setAdding(true)} disabled={adding}>
            <ActionIcon name="plus" />
            {t('evidence.add')}
          </button>
        )}
      </div>
      <ErrorAlert error={error} />
      {adding && (
        <EvidenceForm
          perkaraId={perkaraId}
          parties={parties}
          documents={documents}
          onClose={() => setAdding(false)}
          onSaved={async (saved) => {
            setAdding(false);
            await reload();
            setOpen(saved.id);
          }}
        />
      )}
      {rows === null ? (
        <p className="list-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('caseDetail.loading')}
        </p>
      ) : rows.length === 0 ? (
        !adding && (
          <EmptyState icon="inbox" title={t('evidence.emptyTitle')}>
            <p className="empty__text">{t('evidence.emptyText')}</p>
          </EmptyState>
        )
      ) : (
        <EvidenceTable rows={rows} onOpen={setOpen} />
      )}
    </div>
  );
}
