// One item with its custody events and its attachments, each list fetched again after a change to
// it (the status and holder of the item follow from the events, so a new event reloads both).
import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../../shared/ipc/contract';
import type { AttachmentView, CustodyView, EvidenceView } from '../../../../shared/ipc/evidence';
import type { Api } from '../../api/client';

export type EvidenceItem = {
  evidence: EvidenceView | null;
  custody: CustodyView[] | null;
  attachments: AttachmentView[] | null;
  error: WireError | null;
  setEvidence: (e: EvidenceView) => void;
  reloadEvidence: () => Promise<void>;
  reloadCustody: () => Promise<void>;
  reloadAttachments: () => Promise<void>;
};

export function useEvidenceItem(api: Api, evidenceId: string): EvidenceItem {
  const [evidence, setEvidence] = useState<EvidenceView | null>(null);
  const [custody, setCustody] = useState<CustodyView[] | null>(null);
  const [attachments, setAttachments] = useState<AttachmentView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  const reloadEvidence = useCallback(async () => {
    const r = await api.call('evidence:get', { id: evidenceId });
    if (r.ok) setEvidence(r.value);
    else setError(r.error);
  }, [api, evidenceId]);
  const reloadCustody = useCallback(async () => {
    const r = await api.call('custody:list', { evidenceId });
    if (r.ok) setCustody(r.value);
    else setError(r.error);
  }, [api, evidenceId]);
  const reloadAttachments = useCallback(async () => {
    const r = await api.call('attachments:list', { evidenceId });
    if (r.ok) setAttachments(r.value);
    else setError(r.error);
  }, [api, evidenceId]);

  useEffect(() => {
    setError(null);
    void reloadEvidence();
    void reloadCustody();
    void reloadAttachments();
  }, [reloadEvidence, reloadCustody, reloadAttachments]);

  return { evidence, custody, attachments, error, setEvidence, reloadEvidence, reloadCustody, reloadAttachments };
}
