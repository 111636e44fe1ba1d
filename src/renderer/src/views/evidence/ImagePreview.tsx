// One image attachment at full size, in a modal dialog. The core decrypts it into memory and checks
// it against its SHA-256; the page holds it as an object URL, revoked when the dialog closes, and
// nothing is ever written to disk. A blob that changed since it was recorded shows why, not a picture.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { AttachmentView } from '../../../../shared/ipc/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { useCaseTools } from '../case/case-context';
import { imageBlob } from './image-bytes';
import { useObjectUrl } from './useObjectUrl';

export function ImagePreview({ attachment, onClose }: { attachment: AttachmentView; onClose: () => void }) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const ref = useRef<HTMLDialogElement>(null);
  const [blob, setBlob] = useState<Blob | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const url = useObjectUrl(blob);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    let current = true;
    void api.call('attachments:preview', { id: attachment.id }).then((r) => {
      if (!current) return;
      if (r.ok) setBlob(imageBlob(r.value));
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [api, attachment.id]);

  // Esc closes this dialog only (not a form behind it).
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };

  const title = t('evidence.preview.title', { name: attachment.name });
  return (
    <dialog ref={ref} className="preview" aria-label={title} onKeyDown={onKeyDown} onCancel={(e) => e.preventDefault()} data-testid="image-preview">
      <div className="preview__head">
        <h2 className="preview__title">{title}</h2>
        <button type="button" className="btn btn--secondary" onClick={onClose} autoFocus>
          {t('evidence.preview.close')}
        </button>
      </div>
      {attachment.protected && !error && (
        <p className="notice preview__notice">
          <Icon name="shield" size={16} /> {t('evidence.preview.protectedNotice')}
        </p>
      )}
      <div className="preview__body">
        {error ? (
          <div className="preview__bad" data-testid="preview-error">
            {error.code === 'BLOB_TAMPERED' && <h3 className="preview__bad-title">{t('evidence.preview.tamperedTitle')}</h3>}
            <ErrorAlert error={error} />
          </div>
        ) : url ? (
          <img className="preview__image" src={url} alt={attachment.name} data-testid="preview-image" />
        ) : (
          <p className="list-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('evidence.preview.loading')}
          </p>
        )}
      </div>
      {!error && <p className="preview__foot">{t('evidence.preview.memoryOnly')}</p>}
    </dialog>
  );
}
