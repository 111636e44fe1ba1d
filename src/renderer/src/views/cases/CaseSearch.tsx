// The filter box: LP number or title, sent to the core once typing pauses; Enter sends at once,
// Esc clears it (and, when already empty, leaves Esc to the screen).
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

type Props = { value: string; onChange: (v: string) => void; onCommit: () => void; onClear: () => void };

export function CaseSearch({ value, onChange, onCommit, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <div className="search">
      <label htmlFor="case-search" className="visually-hidden">
        {t('cases.filter')}
      </label>
      <Icon name="search" size={18} className="search__icon" />
      <input
        id="case-search"
        type="search"
        className="input search__input"
        placeholder={t('cases.filterPlaceholder')}
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit();
          } else if (e.key === 'Escape' && value) {
            e.preventDefault();
            onClear();
          }
        }}
      />
    </div>
  );
}
