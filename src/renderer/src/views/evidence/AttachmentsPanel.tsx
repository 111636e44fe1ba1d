// The files of an item: where to attach more (for roles that may edit), the list with each file's
// hash and thumbnail, and the preview of one image, decrypted in memory while it is open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/evidence';
import { useCaseTools } from '../case/case-context';
import { Panel } from '../case/Panel';
import { AttachmentItem } from './AttachmentItem';
import { AttachPanel } from './AttachPanel';
import { ImagePreview } from './ImagePreview';

type Props = { evidenceId: string; attachments: readonly AttachmentView[] | null; onChanged: () => Promise<void> };

export function AttachmentsPanel({ evidenceId, attachments, onChanged }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  const [preview, setPreview] = useState<AttachmentView | null>(null);

  return (
    <Panel title={t('evidence.attachments.title')} className="attachments-panel">
      {canEdit && <AttachPanel evidenceId={evidenceId} onAttached={onChanged} />}
      {attachments === null ? (
        <p className="list-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('caseDetail.loading')}
        </p>
      ) : attachments.length === 0 ? (
        <p className="panel__empty">{t('evidence.attachments.empty')}</p>
      ) : (
        <ul className="atts" aria-label={t('evidence.attachments.listLabel')}>
          {attachments.map((a) => (
            <AttachmentItem key={a.id} attachment={a} onPreview={setPreview} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {preview && <ImagePreview attachment={preview} onClose={() => setPreview(null)} />}
    </Panel>
  );
}
