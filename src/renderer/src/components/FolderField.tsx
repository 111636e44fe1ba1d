// The case file's folder: a path field everywhere, plus a "Choose folder" button where the shell
// can open a native dialog (api/folder-picker.ts; Electron, later).
import { useTranslation } from 'react-i18next';
import { folderPicker } from '../api/folder-picker';
import { TextField, type TextFieldProps } from './TextField';

type Props = Omit<TextFieldProps, 'label' | 'onChange' | 'value' | 'trailing'> & {
  purpose: 'open' | 'create';
  value: string;
  onValue: (dir: string) => void;
};

export function FolderField({ purpose, value, onValue, ...rest }: Props) {
  const { t } = useTranslation();
  const pick = folderPicker();
  return (
    <TextField
      {...rest}
      label={t('folder.label')}
      hint={purpose === 'open' ? t('folder.hintOpen') : t('folder.hintCreate')}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      trailing={
        pick && (
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => void pick(purpose).then((dir) => dir && onValue(dir))}
          >
            {t('folder.choose')}
          </button>
        )
      }
    />
  );
}
