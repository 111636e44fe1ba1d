// Calling the real handlers through the one `dispatch`, as a front end does, for the channel tests:
// `call` gives the envelope (to check a refusal), `ok` the value or throws with the error's code.
import type { Handlers, CallContext } from '../../src/shared/ipc/dispatch';
import { dispatch } from '../../src/shared/ipc/dispatch';
import type { Channel, Envelope, Input, Output, Progress } from '../../src/shared/ipc/contract';

export type Call = { signal?: AbortSignal; onProgress?: (p: Progress) => void };

export function ipcClient(handlers: Handlers): {
  call: <C extends Channel>(channel: C, input: Input<C>, opts?: Call) => Promise<Envelope<Output<C>>>;
  ok: <C extends Channel>(channel: C, input: Input<C>, opts?: Call) => Promise<Output<C>>;
} {
  const call = async <C extends Channel>(channel: C, input: Input<C>, opts: Call = {}): Promise<Envelope<Output<C>>> => {
    const ctx: CallContext = { signal: opts.signal ?? new AbortController().signal, lang: 'en', progress: (p) => opts.onProgress?.(p) };
    return (await dispatch(handlers, channel, input, ctx)) as Envelope<Output<C>>;
  };
  const ok = async <C extends Channel>(channel: C, input: Input<C>, opts: Call = {}): Promise<Output<C>> => {
    const r = await call(channel, input, opts);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  return { call, ok };
}
