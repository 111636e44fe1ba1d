// A value to hand on (a path, a digest): shown whole in monospace, selected with one click, with a
// button that copies it, through the clipboard API or, where the shell refuses that permission, by
// selecting the text and the copy command.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value: string; copyLabel: string; testId?: string };

export function CopyValue({ value, copyLabel, testId }: Props) {
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
    <div className="copy-value">
      <code ref={ref} className="copy-value__text" data-testid={testId}>
        {value}
      </code>
      <button type="button" className="btn btn--quiet btn--small" onClick={() => void copy()} aria-label={copyLabel}>
        {t('dossier.result.copy')}
      </button>
      {said && (
        <span className="copy-value__said" role="status">
          {said === 'copied' ? t('dossier.result.copied') : t('dossier.result.copyFailed')}
        </span>
      )}
    </div>
  );
}
