// One barang bukti: its seizure facts, its attachments (hash, thumbnail, protected mark), and its
// chain of custody, newest hand-over first with corrections shown against what they correct.
import { useTranslation } from 'react-i18next';
import { ActionIcon } from '../../components/ActionIcon';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from '../case/case-context';
import type { DocumentView, PartyView } from '../case/record-types';
import { AttachmentsPanel } from './AttachmentsPanel';
import { CustodyPanel } from './CustodyPanel';
import { SeizurePanel } from './SeizurePanel';
import { useEvidenceItem } from './useEvidenceItem';

type Props = {
  evidenceId: string;
  parties: readonly PartyView[];
  documents: readonly DocumentView[];
  onBack: () => void;
  onRemoved: () => void;
};

export function EvidenceDetail({ evidenceId, parties, documents, onBack, onRemoved }: Props) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const item = useEvidenceItem(api, evidenceId);
  const { evidence } = item;

  const custodyChanged = async (): Promise<void> => {
    await Promise.all([item.reloadCustody(), item.reloadEvidence()]);
  };

  return (
    <div className="evidence evidence--detail" data-testid="evidence-detail">
      <div className="section-bar">
        <button type="button" className="btn btn--quiet" onClick={onBack}>
          <ActionIcon name="arrowLeft" size={16} />
          {t('evidence.backToList')}
        </button>
      </div>
      <ErrorAlert error={item.error} />
      {!evidence ? (
        !item.error && (
          <p className="list-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('caseDetail.loading')}
          </p>
        )
      ) : (
        <>
          <header className="ev-head">
            <span className="ev-head__number">{t('evidence.numberLabel', { n: evidence.number })}</span>
            <h2 className="ev-head__title">{evidence.description}</h2>
            <div className="ev-head__meta">
              <span className="chip">{t(`evidence.category.${evidence.category}`)}</span>
              <span className={`ev-status ev-status--${evidence.status}`} data-testid="evidence-status">
                {t(`evidence.status.${evidence.status}`)}
              </span>
              {evidence.holder && (
                <span className="ev-head__holder">
                  {t('evidence.field.holder')}: <strong data-testid="evidence-holder">{evidence.holder}</strong>
                </span>
              )}
            </div>
          </header>
          <div className="ev-grid">
            <div className="ev-grid__column">
              <SeizurePanel
                evidence={evidence}
                parties={parties}
                documents={documents}
                canRemove={item.custody?.length === 0 && item.attachments?.length === 0}
                onSaved={item.setEvidence}
                onRemoved={onRemoved}
              />
              <CustodyPanel evidenceId={evidenceId} events={item.custody} onChanged={custodyChanged} />
            </div>
            <div className="ev-grid__column">
              <AttachmentsPanel evidenceId={evidenceId} attachments={item.attachments} onChanged={item.reloadAttachments} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
