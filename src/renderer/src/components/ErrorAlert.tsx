// One error of the core (or of a form), announced to screen readers as it appears, in the
// current language.
import type { WireError } from '../../../shared/ipc/contract';
import { errorSentence } from '../api/errors';
import { useLang } from '../i18n';
import { Icon } from './Icon';

export function ErrorAlert({ error, text }: { error?: WireError | null; text?: string | null }) {
  const lang = useLang();
  const message = error ? errorSentence(error, lang) : text;
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      <Icon name="warning" className="alert__icon" />
      <p className="alert__text">{message}</p>
    </div>
  );
}
