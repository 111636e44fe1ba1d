// One open form's protection against losing work: it reports whether it holds changes (CaseDetail
// then asks before switching section, going back or unloading the page), and its cancel, by button
// or by Esc inside the form, asks before throwing typed text away.
import { useEffect, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseTools } from './case-context';

export function useFormGuard(dirty: boolean, onClose: () => void): { cancel: () => Promise<void>; onKeyDown: (e: KeyboardEvent) => void } {
  const { t } = useTranslation();
  const { confirm, setDirty } = useCaseTools();
  const key = useId();

  useEffect(() => {
    setDirty(key, dirty);
  }, [key, dirty, setDirty]);
  useEffect(() => () => setDirty(key, false), [key, setDirty]);

  const cancel = async (): Promise<void> => {
    if (dirty) {
      const leave = await confirm({
        title: t('caseDetail.unsaved.title'),
        text: t('caseDetail.unsaved.text'),
        confirmLabel: t('caseDetail.unsaved.discard'),
        cancelLabel: t('caseDetail.unsaved.stay'),
        danger: true,
      });
      if (!leave) return;
    }
    setDirty(key, false);
    onClose();
  };

  // Only Esc pressed inside this form cancels it: several forms can be open on one screen.
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    void cancel();
  };
  return { cancel, onKeyDown };
}
