// The core may lock the case file on its own (idle lock, a second window). Every 15 s the page
// asks; if the core says locked while this page shows records, it reloads to the sign-in screen.
import { useEffect } from 'react';
import type { Api } from './client';
import { reloadToUnlock } from './session';

export const SESSION_CHECK_MS = 15_000;

export function useSessionWatch(api: Api): void {
  useEffect(() => {
    const timer = setInterval(() => {
      void api.call('session:state', {}).then((state) => {
        if (state.ok && !state.value.unlocked) reloadToUnlock();
      });
    }, SESSION_CHECK_MS);
    return () => clearInterval(timer);
  }, [api]);
}
