// Types t('…') against the Indonesian resources: a misspelt key fails the type check.
import 'i18next';
import type { Messages } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
