// Asking with ConfirmDialog as a promise: `if (!(await confirm(request))) return;`. One question at
// a time; a new one answers the previous with "no", so no caller is left waiting forever.
import { useCallback, useRef, useState } from 'react';
import type { ConfirmRequest } from './ConfirmDialog';

export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

export function useConfirm(): { request: ConfirmRequest | null; confirm: Confirm; answer: (yes: boolean) => void } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((yes: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>((next) => {
    resolver.current?.(false);
    setRequest(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = useCallback((yes: boolean) => {
    resolver.current?.(yes);
    resolver.current = null;
    setRequest(null);
  }, []);

  return { request, confirm, answer };
}
