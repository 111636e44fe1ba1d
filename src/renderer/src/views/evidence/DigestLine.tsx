// A digest shown whole (monospace, wrapping, selected with one click), with a button that copies
// it: through the clipboard API, or, where the shell refuses that permission, by selecting the text
// and the copy command.
import { useTranslation } from 'react-i18next';
import { useCopy } from '../../components/useCopy';
import { groupedDigest } from './files';

type Props = { label: string; value: string; copyLabel?: string; testId?: string };

export function DigestLine({ label, value, copyLabel, testId }: Props) {
  const { t } = useTranslation();
  const { ref, said, copy } = useCopy(value);

  return (
    <div className="digest">
      <span className="digest__label">{label}</span>
      <code ref={ref} className="digest__value" title={groupedDigest(value)} data-testid={testId}>
        {value}
      </code>
      {copyLabel && (
        <button type="button" className="btn btn--quiet btn--small digest__copy" onClick={() => void copy()} aria-label={copyLabel}>
          {t('evidence.attachments.copy')}
        </button>
      )}
      {said && (
        <span className="digest__said" role="status">
          {said === 'copied' ? t('evidence.attachments.copied') : t('evidence.attachments.copyFailed')}
        </span>
      )}
    </div>
  );
}
