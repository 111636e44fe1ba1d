// An attachment's thumbnail, decrypted and verified by the core and shown from memory; a thumbnail
// whose blob changed shows the tampered mark instead of a picture.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { AttachmentView } from '../../../../shared/ipc/evidence';
import { Icon } from '../../components/Icon';
import { useCaseTools } from '../case/case-context';
import { imageBlob } from './image-bytes';
import { useObjectUrl } from './useObjectUrl';

export function AttachmentThumb({ attachment }: { attachment: AttachmentView }) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const [blob, setBlob] = useState<Blob | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const url = useObjectUrl(blob);

  useEffect(() => {
    if (!attachment.hasThumbnail) return;
    let current = true;
    void api.call('attachments:thumbnail', { id: attachment.id }).then((r) => {
      if (!current) return;
      if (r.ok) setBlob(r.value ? imageBlob(r.value) : null);
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [api, attachment.id, attachment.hasThumbnail]);

  if (error) {
    return (
      <span className="thumb thumb--bad" title={error.code === 'BLOB_TAMPERED' ? t('evidence.attachments.tampered') : undefined}>
        <Icon name="warning" size={22} />
        <span className="thumb__text">{error.code === 'BLOB_TAMPERED' ? t('evidence.attachments.tampered') : error.code}</span>
      </span>
    );
  }
  if (url) return <img className="thumb" src={url} alt={t('evidence.attachments.thumbnailOf', { name: attachment.name })} data-testid="attachment-thumbnail" />;
  return (
    <span className="thumb thumb--none" title={attachment.hasThumbnail ? undefined : t('evidence.attachments.noThumbnail')}>
      <Icon name={attachment.hasThumbnail ? 'clock' : 'inbox'} size={22} />
    </span>
  );
}
