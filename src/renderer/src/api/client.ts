// The typed API the screens use: `api.call('session:unlock', { dir, login, passphrase })` checks the
// channel name, its input and its output type at compile time, from the one contract.
import type { Channel, Envelope, Input, Output } from '../../../shared/ipc/contract';
import type { CallOptions, Transport } from './transport';

export type Api = {
  call: <C extends Channel>(channel: C, input: Input<C>, options?: CallOptions) => Promise<Envelope<Output<C>>>;
};

export function createApi(transport: Transport): Api {
  return {
    // The transport returns the envelope the contract's output schema already checked in dispatch.
    call: (channel, input, options = {}) => transport(channel, input, options) as Promise<Envelope<Output<typeof channel>>>,
  };
}
