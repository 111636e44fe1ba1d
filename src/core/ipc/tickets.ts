// Cancelling long work from the page. Electron's invoke cannot be aborted by the page, so a call that
// may run long takes a ticket (any string the page makes up), and a second channel cancels by ticket;
// this reaches the work the same way over Electron IPC and the preview's HTTP. The call's own signal
// (the preview's closed connection, a shutdown) cancels it too.
export type Tickets = {
  /** Runs `work` with a signal aborted by either the call's signal or `cancel(ticket)`. */
  run<T>(ticket: string | undefined, callSignal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Whether a running call held the ticket (and is now cancelled). */
  cancel(ticket: string): boolean;
};

export function createTickets(): Tickets {
  const running = new Map<string, AbortController>();
  return {
    async run(ticket, callSignal, work) {
      const controller = new AbortController();
      const abort = (): void => controller.abort();
      if (callSignal.aborted) abort();
      callSignal.addEventListener('abort', abort, { once: true });
      if (ticket) running.set(ticket, controller);
      try {
        return await work(controller.signal);
      } finally {
        if (ticket && running.get(ticket) === controller) running.delete(ticket);
        callSignal.removeEventListener('abort', abort);
      }
    },
    cancel(ticket) {
      const controller = running.get(ticket);
      controller?.abort();
      return controller !== undefined;
    },
  };
}
