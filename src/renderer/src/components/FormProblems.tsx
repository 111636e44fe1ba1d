// What a form could not save, at its top: a problem with no input of its own (the whole record, a
// role already taken), and, when there are several, the list of every marked field, each a button
// that moves the focus to its input.
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export type ShownProblem = { field: string | null; message: string };

export function FormProblems({ problems, onFocusField }: { problems: readonly ShownProblem[]; onFocusField: (field: string) => void }) {
  const { t } = useTranslation();
  const general = problems.filter((p) => p.field === null);
  if (problems.length === 0 || (problems.length === 1 && general.length === 0)) return null;
  const several = problems.length > 1;
  return (
    <div className="alert alert--error problems" role="alert" tabIndex={-1}>
      <Icon name="warning" className="alert__icon" />
      <div className="problems__body">
        {several && <p className="problems__title">{t('common.fixFields', { count: problems.length })}</p>}
        <ul className={several ? 'problems__list' : 'problems__list problems__list--single'}>
          {problems.map((p, i) => (
            <li key={`${p.field ?? '-'}-${i}`}>
              {p.field ? (
                <button type="button" className="problems__link" onClick={() => onFocusField(p.field ?? '')}>
                  {p.message}
                </button>
              ) : (
                <span className="alert__text">{p.message}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
