// Bahasa Indonesia or English, on every screen; the choice is remembered (i18n/index.ts).
import { useTranslation } from 'react-i18next';
import { setLang, useLang, type Lang } from '../i18n';

const LANGS = ['id', 'en'] as const satisfies readonly Lang[];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__option"
          aria-pressed={current === lang}
          onClick={() => setLang(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
