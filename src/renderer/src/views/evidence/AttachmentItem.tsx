// One attached file: its thumbnail (a button that opens the preview, for images), name, type and
// size, its SHA-256 with a copy button, SHA-1 and MD5 on request, the protected-person mark, and
// removal for a file attached by mistake.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { AttachmentView } from '../../../../shared/ipc/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { useLang } from '../../i18n';
import { useCaseTools } from '../case/case-context';
import { EditButton } from '../case/EditButton';
import { writtenInstant } from '../case/when';
import { AttachmentThumb } from './AttachmentThumb';
import { DigestLine } from './DigestLine';
import { formatBytes } from './files';
import { canPreview } from './image-bytes';

type Props = {
  attachment: AttachmentView;
  onPreview: (a: AttachmentView) => void;
  onChanged: (a: AttachmentView | null) => Promise<void>;
};

export function AttachmentItem({ attachment: a, onPreview, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { api, canEdit, confirm, formats, zone } = useCaseTools();
  const [busy, setBusy] = useState<'hashes' | 'protect' | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  const run = async (what: 'hashes' | 'protect', call: () => ReturnType<typeof api.call<'attachments:hashes'>>): Promise<void> => {
    setBusy(what);
    const r = await call();
    setBusy(null);
    setError(r.ok ? null : r.error);
    if (r.ok) await onChanged(r.value);
  };
  const remove = async (): Promise<void> => {
    const yes = await confirm({
      title: t('evidence.attachments.removeTitle', { name: a.name }),
      text: t('evidence.attachments.removeText'),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('attachments:remove', { id: a.id });
    setError(r.ok ? null : r.error);
    if (r.ok) await onChanged(null);
  };
  const previewable = canPreview(a.mediaType);

  return (
    <li className="att" data-testid="attachment" aria-label={a.name}>
      <div className="att__thumb">
        {previewable ? (
          <button type="button" className="att__open" onClick={() => onPreview(a)} aria-label={t('evidence.attachments.previewWhat', { name: a.name })}>
            <AttachmentThumb attachment={a} />
          </button>
        ) : (
          <AttachmentThumb attachment={a} />
        )}
      </div>
      <div className="att__main">
        <div className="att__line">
          <span className="att__name">{a.name}</span>
          {a.protected && (
            <span className="badge badge--secret">
              <Icon name="shield" size={14} />
              {t('evidence.attachments.protectedBadge')}
            </span>
          )}
          <span className="att__actions">
            {previewable && (
              <button type="button" className="btn btn--quiet btn--small" onClick={() => onPreview(a)} aria-label={t('evidence.attachments.previewWhat', { name: a.name })}>
                {t('evidence.attachments.preview')}
              </button>
            )}
            <EditButton icon="trash" label={t('evidence.attachments.remove')} what={a.name} onClick={() => void remove()} />
              </span>
        </div>
        <p className="att__meta">
          {a.mediaType} · <span data-testid="attachment-size">{formatBytes(a.size, lang)}</span> · {t('evidence.attachments.attachedAt', { when: writtenInstant(a.createdAt, formats, zone) })}
        </p>
        <DigestLine label={t('evidence.attachments.sha256')} value={a.sha256} copyLabel={t('evidence.attachments.copyWhat', { name: a.name })} testId="attachment-sha256" />
        {a.sha1 && a.md5 ? (
          <>
            <DigestLine label={t('evidence.attachments.sha1')} value={a.sha1} testId="attachment-sha1" />
            <DigestLine label={t('evidence.attachments.md5')} value={a.md5} testId="attachment-md5" />
          </>
        ) : (
          canEdit && (
            <button type="button" className="btn btn--quiet btn--small att__hashes" title={t('evidence.attachments.secondHashesHint')} disabled={busy !== null} onClick={() => void run('hashes', () => api.call('attachments:hashes', { id: a.id }))}>
              {busy === 'hashes' && <span className="spinner spinner--small" aria-hidden="true" />}
              {busy === 'hashes' ? t('evidence.attachments.computing') : t('evidence.attachments.secondHashes')}
            </button>
          )
        )}
        {canEdit && (
          <label className="att__protect">
            <input
              type="checkbox"
              checked={a.protected}
              disabled={busy !== null}
              onChange={(e) => void run('protect', () => api.call('attachments:protect', { id: a.id, protected: e.target.checked }))}
            />
            <span>
              {t('evidence.attachments.protected')} <span className="field__hint">({t('evidence.attachments.protectedHint')})</span>
            </span>
          </label>
        )}
        <ErrorAlert error={error} />
      </div>
    </li>
  );
}
