// The core's error envelopes as sentences in the current language. The sentences come from the
// shared catalogue (the CLI says the same words), rendered here from the code and parameters so
// that switching language re-words an error already on screen.
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { formatMessage, type Lang } from '../../../shared/i18n/error-messages';
import type { WireError } from '../../../shared/ipc/contract';

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

export function errorSentence(error: WireError, lang: Lang): string {
  return isErrorCode(error.code) ? formatMessage(error.code, error.params, lang) : error.message;
}

/** An error the page itself found, worded like the core's own. */
export function localError(code: ErrorCode, params: Record<string, string | number> = {}): WireError {
  return { code, message: code, params };
}
