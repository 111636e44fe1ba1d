// The sections of an open case file, in the header: the case list, the deadlines across every
// case, and search. Buttons (not links: there is no address to go to), the current one marked for
// screen readers with aria-current.
import { useTranslation } from 'react-i18next';
import type { Section } from './place';

const SECTIONS = ['cases', 'deadlines', 'search'] as const satisfies readonly Section[];

export function WorkspaceNav({ current, onGo }: { current: Section; onGo: (section: Section) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="wnav" aria-label={t('workspace.nav.label')}>
      <ul className="wnav__list">
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="wnav__item"
              aria-current={current === section ? 'page' : undefined}
              onClick={() => onGo(section)}
              data-testid={`nav-${section}`}
            >
              {t(`workspace.nav.${section}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
