// The one dispatcher every transport uses (Electron IPC, the preview server, tests): parse the input
// with the channel's strict schema, run the handler, check the output, and answer with an envelope
// that never carries a stack trace, a file path of the code, or SQL.
import { AppError, ERROR_CODES, isAppError, type ErrorCode } from '../errors';
import { formatError, type Lang } from '../i18n/error-messages';
import { CONTRACT, isChannel, type Channel, type Envelope, type Output, type ParsedInput, type Progress } from './contract';

export type CallContext = { signal: AbortSignal; progress: (p: Progress) => void; lang: Lang };

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>, ctx: CallContext) => Output<C> | Promise<Output<C>>;
};

function fail(error: AppError, lang: Lang): Envelope<never> {
  return { ok: false, error: { code: error.code, message: formatError(error, lang), params: { ...error.params } } };
}

export async function dispatch(handlers: Handlers, channel: string, rawInput: unknown, ctx: CallContext): Promise<Envelope> {
  if (!isChannel(channel)) return fail(new AppError('INVALID_INPUT', { detail: 'unknown channel' }), ctx.lang);
  const spec = CONTRACT[channel];
  try {
    // Inside the try: an in-process caller could hand over an object whose getters throw.
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.map(String).join('.') || 'input';
      return fail(new AppError('INVALID_INPUT', { detail: `${where}: ${issue?.message ?? 'invalid'}` }), ctx.lang);
    }
    // TypeScript cannot tie handlers[channel] to parsed.data across the union of channels; the
    // schema just parsed the input for exactly this channel.
    const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, ctx);
    const checked = spec.output.safeParse(value);
    // An output that does not match the contract is a bug; say so without showing what it held.
    if (!checked.success) return fail(new AppError('INTERNAL', { detail: `output of ${channel}` }), ctx.lang);
    return { ok: true, value: checked.data };
  } catch (e) {
    if (isAppError(e) && (ERROR_CODES as readonly ErrorCode[]).includes(e.code)) return fail(e, ctx.lang);
    return fail(new AppError('INTERNAL', { detail: e instanceof Error ? e.name : 'error' }), ctx.lang);
  }
}
