// Asked before a half-filled form is thrown away (Esc, Cancel, or a move to another section):
// the safe choice, keep editing, has the focus, so a second Enter or Esc loses nothing.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

export function LeavePrompt({ onDiscard, onStay }: { onDiscard: () => void; onStay: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const stay = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    stay.current?.focus();
  }, []);
  return (
    <div
      className="leave"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Esc here answers the question ("stay"); it must not reach the form's own Esc.
          e.preventDefault();
          e.stopPropagation();
          onStay();
        }
      }}
    >
      <Icon name="warning" className="leave__icon" />
      <div className="leave__words">
        <p className="leave__title" id={`${id}-title`}>
          {t('workspace.leave.title')}
        </p>
        <p className="leave__text" id={`${id}-text`}>
          {t('workspace.leave.text')}
        </p>
      </div>
      <button type="button" className="btn btn--secondary" onClick={onDiscard}>
        {t('workspace.leave.discard')}
      </button>
      <button type="button" className="btn btn--primary" ref={stay} onClick={onStay}>
        {t('workspace.leave.stay')}
      </button>
    </div>
  );
}
