// Where the export goes: a path field everywhere (the preview has no native dialog), plus, in
// Electron, the native save dialog for a PDF (suggesting a name from the case) or the folder
// chooser for a package.
import { useTranslation } from 'react-i18next';
import type { DossierDestination } from '../../../../shared/ipc/dossier';
import { folderPicker } from '../../api/folder-picker';
import { savePicker } from '../../api/save-picker';
import { TextField } from '../../components/TextField';

type Props = {
  kind: DossierDestination['kind'];
  value: string;
  onValue: (path: string) => void;
  /** The file name the save dialog suggests. */
  defaultName: string;
  placeholder: string;
  error: string | null;
  disabled: boolean;
};

export function DestinationField({ kind, value, onValue, defaultName, placeholder, error, disabled }: Props) {
  const { t } = useTranslation();
  const saveAs = savePicker();
  const chooseFolder = folderPicker();
  const choose =
    kind === 'file'
      ? saveAs && (() => saveAs(defaultName))
      : chooseFolder && (() => chooseFolder('create'));
  return (
    <TextField
      label={kind === 'file' ? t('dossier.destination.file') : t('dossier.destination.package')}
      hint={kind === 'file' ? t('dossier.destination.fileHint') : t('dossier.destination.packageHint')}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      placeholder={placeholder}
      error={error}
      disabled={disabled}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      className="dossier__destination"
      trailing={
        choose && (
          <button type="button" className="btn btn--secondary" disabled={disabled} onClick={() => void choose().then((p) => p && onValue(p))}>
            {kind === 'file' ? t('dossier.destination.chooseFile') : t('dossier.destination.chooseFolder')}
          </button>
        )
      }
    />
  );
}
