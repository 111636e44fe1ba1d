// A value to hand on (a path, a digest): shown whole in monospace, selected with one click, with a
// button that copies it, through the clipboard API or, where the shell refuses that permission, by
// selecting the text and the copy command.
import { useTranslation } from 'react-i18next';
import { useCopy } from '../../components/useCopy';

type Props = { value: string; copyLabel: string; testId?: string };

export function CopyValue({ value, copyLabel, testId }: Props) {
  const { t } = useTranslation();
  const { ref, said, copy } = useCopy(value);

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
