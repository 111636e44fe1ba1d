// i18next for every string a person sees: Bahasa Indonesia unless they chose English, and that
// choice kept in localStorage so the next start (and a reload after locking) keeps it.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/i18n/error-messages';
import { en } from './en';
import { id } from './id';

export type { Lang };

const STORAGE_KEY = 'berkas-lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    // Storage can be unavailable (a locked-down profile); the default language still works.
    return 'id';
  }
}

export async function initI18n(): Promise<void> {
  const lng = storedLang();
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but switched for this window.
    }
  });
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
  });
}

export function setLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
}

/** The language the screens are in now; re-renders the caller when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
