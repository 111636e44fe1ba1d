// A question the page must have answered before it goes on (leave unsaved changes, remove a
// record): a modal <dialog>, so focus stays inside it and the rest of the page is inert until the
// person answers. The safe answer (stay, keep) has the focus; Esc gives the same answer.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Icon } from './Icon';

export type ConfirmRequest = {
  title: string;
  text?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive answer (remove, discard) is drawn in the danger colour. */
  danger?: boolean;
};

export function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest | null; onAnswer: (yes: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  // Esc is answered here, and marked handled so that a form's own Esc (cancel) does not fire too.
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onAnswer(false);
  };

  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-title" aria-describedby={request?.text ? 'confirm-text' : undefined} onKeyDown={onKeyDown}>
      {request && (
        <div className="confirm__body">
          <div className="confirm__head">
            <Icon name="warning" className={request.danger ? 'confirm__icon confirm__icon--danger' : 'confirm__icon'} />
            <h2 id="confirm-title" className="confirm__title">
              {request.title}
            </h2>
          </div>
          {request.text && (
            <p id="confirm-text" className="confirm__text">
              {request.text}
            </p>
          )}
          <div className="confirm__actions">
            <button type="button" className="btn btn--secondary" autoFocus onClick={() => onAnswer(false)}>
              {request.cancelLabel}
            </button>
            <button type="button" className={request.danger ? 'btn btn--danger' : 'btn btn--primary'} onClick={() => onAnswer(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
