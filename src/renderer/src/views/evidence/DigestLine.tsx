// A digest shown whole (monospace, wrapping, selected with one click), with a button that copies
// it: through the clipboard API, or, where the shell refuses that permission, by selecting the text
// and the copy command.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupedDigest } from './files';

type Props = { label: string; value: string; copyLabel?: string; testId?: string };

export function DigestLine({ label, value, copyLabel, testId }: Props) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<'copied' | 'failed' | null>(null);
  const ref = useRef<HTMLElement>(null);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('copied');
    } catch {
      const node = ref.current;
      const selection = window.getSelection();
      if (!node || !selection) return setSaid('failed');
      selection.selectAllChildren(node);
      setSaid(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };

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
