// Tells the core that a person is using the open case file (a key, a click, the wheel, the
// mouse moving), at most once per ACTIVITY_REPORT_MS, so that its idle lock closes the case file
// only when nobody is there. Reading a long list makes few calls of its own; without this the
// case file would lock under the reader's eyes.
import { useEffect } from 'react';
import type { Api } from './client';

// Well under the shortest idle lock a case file can be set to (one minute).
export const ACTIVITY_REPORT_MS = 10_000;

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

export function useActivityReport(api: Api): void {
  useEffect(() => {
    let last = 0;
    const onUse = (): void => {
      const now = Date.now();
      if (now - last < ACTIVITY_REPORT_MS) return;
      last = now;
      void api.call('session:activity', {});
    };
    for (const name of EVENTS) window.addEventListener(name, onUse, { passive: true, capture: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onUse, { capture: true });
    };
  }, [api]);
}
