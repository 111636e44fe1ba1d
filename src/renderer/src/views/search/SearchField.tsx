// The one field of the search screen. Typing searches once the investigator pauses; Enter searches at
// once; Esc clears (and, when already empty, leaves Esc to the screen); arrow down goes to the first
// result, so the keyboard need not Tab past the hint.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

type Props = {
  value: string;
  onChange: (v: string) => void;
  onCommit: () => void;
  onClear: () => void;
  onDown: () => void;
};

export function SearchField({ value, onChange, onCommit, onClear, onDown }: Props) {
  const { t } = useTranslation();
  return (
    <div className="find__field">
      <label htmlFor="find-input" className="find__label">
        {t('workspace.search.label')}
      </label>
      <div className="search find__box">
        <Icon name="search" size={18} className="search__icon" />
        <input
          id="find-input"
          type="search"
          className="input search__input"
          placeholder={t('workspace.search.placeholder')}
          aria-describedby="find-keys"
          value={value}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          // The workspace moves focus to a new view's heading unless its first field asks to keep it.
          data-initial-focus=""
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onCommit();
            } else if (e.key === 'Escape' && value) {
              e.preventDefault();
              onClear();
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              onDown();
            }
          }}
        />
      </div>
      <p id="find-keys" className="find__keys">
        {t('workspace.search.keys')}
      </p>
    </div>
  );
}
