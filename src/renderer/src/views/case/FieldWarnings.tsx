// Warnings stored on a record for one field (an LP suffix that differs from the unit, a NIK that
// disagrees with the birth date): the record was saved, and these say what to check.
import { useLang } from '../../i18n';
import { Icon } from '../../components/Icon';
import { warningText } from './field-errors';

type Stored = { field: string; code: string; params?: Record<string, string | number> };

export function FieldWarnings({ warnings, field }: { warnings: readonly Stored[]; field?: string }) {
  const lang = useLang();
  const shown = field === undefined ? warnings : warnings.filter((w) => w.field === field);
  if (shown.length === 0) return null;
  return (
    <ul className="warnings">
      {shown.map((w, i) => (
        <li key={`${w.code}-${i}`} className="warnings__item">
          <Icon name="warning" size={16} className="warnings__icon" />
          <span>{warningText(w, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
