// The case screen's API: every call carries the page's language (read when the call is made, so a
// language switch does not refetch the case), and refusals come back worded in it.
import type { Lang } from '../../../../shared/i18n/error-messages';
import type { Api } from '../../api/client';

export function withLang(api: Api, lang: () => Lang): Api {
  return { call: (channel, input, options) => api.call(channel, input, { ...options, lang: lang() }) };
}
