// Which kinds of deadline to show: all, or one kind, each choice with its count, as a row of
// toggle buttons (one pressed at a time).
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../i18n/format';
import { KINDS, type Counts, type DeadlineKind } from './deadline-words';

export type KindFilter = DeadlineKind | 'all';

type Props = { value: KindFilter; counts: Counts; formats: Formats; onChange: (k: KindFilter) => void };

export function DeadlineFilter({ value, counts, formats, onChange }: Props) {
  const { t } = useTranslation();
  const choices = ['all', ...KINDS] as const satisfies readonly KindFilter[];
  return (
    <div className="chips" role="group" aria-label={t('workspace.deadlines.filter')}>
      {choices.map((k) => (
        <button key={k} type="button" className="chip" aria-pressed={value === k} onClick={() => onChange(k)}>
          {k === 'all' ? t('workspace.deadlines.all') : t(`workspace.deadlines.filters.${k}`)}
          <span className="chip__count">{formats.number(counts[k])}</span>
        </button>
      ))}
    </div>
  );
}
