// A passphrase input with a show/hide button: long passphrases are easier to type right when they
// can be checked, on a station screen nobody else is reading.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './TextField';

export function PassphraseField(props: Omit<TextFieldProps, 'type' | 'trailing'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      trailing={
        <button
          type="button"
          className="btn btn--quiet field__toggle"
          aria-pressed={visible}
          aria-label={visible ? t('common.hidePassphrase') : t('common.showPassphrase')}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('common.hide') : t('common.show')}
        </button>
      }
    />
  );
}
