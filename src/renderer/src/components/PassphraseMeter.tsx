// The strength of a new passphrase as four bars and a word, with one tip to improve it.
import { useTranslation } from 'react-i18next';
import type { Strength } from './passphrase-strength';

export function PassphraseMeter({ strength, id }: { strength: Strength; id?: string }) {
  const { t } = useTranslation();
  const words =
    strength.level === 'short'
      ? t('strength.short', { length: strength.length, min: strength.min })
      : t(`strength.${strength.level}`);
  return (
    <div className={`meter meter--${strength.level}`} id={id}>
      <div className="meter__bars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= Math.max(strength.score, strength.level === 'short' ? 1 : 0) ? 'meter__bar meter__bar--on' : 'meter__bar'} />
        ))}
      </div>
      <p className="meter__text">
        <span className="meter__label">{t('strength.label')}: </span>
        <strong>{words}</strong>
        {strength.tip && <span className="meter__tip"> {t(`strength.${strength.tip}`)}</span>}
      </p>
    </div>
  );
}
