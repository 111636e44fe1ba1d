// Every running deadline of the case file, asked for when the view opens and again when the window
// comes back into view: "days left" change at midnight in the unit's zone, and a screen left open
// overnight must not show yesterday's count.
import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../../shared/ipc/contract';
import type { DeadlineView } from '../../../../shared/ipc/records';
import type { Api } from '../../api/client';
import { bySoonest } from './deadline-words';

export type Deadlines = { rows: readonly DeadlineView[] | null; error: WireError | null };

export function useDeadlines(api: Api): Deadlines {
  const [state, setState] = useState<Deadlines>({ rows: null, error: null });

  const load = useCallback(
    (isCurrent: () => boolean) =>
      void api.call('deadlines:all', {}).then((answer) => {
        if (!isCurrent()) return;
        // A failed refresh keeps the rows already shown, with the error above them.
        if (answer.ok) setState({ rows: [...answer.value].sort(bySoonest), error: null });
        else setState((s) => ({ rows: s.rows ?? [], error: answer.error }));
      }),
    [api],
  );

  useEffect(() => {
    let current = true;
    const isCurrent = (): boolean => current;
    load(isCurrent);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') load(isCurrent);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load]);

  return state;
}
