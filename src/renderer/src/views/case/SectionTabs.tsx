// The sections as a vertical tab list (WAI-ARIA tabs, manual activation): arrows, Home and End move
// between tabs, Enter or Space opens one. Opening is not automatic on arrow keys because leaving a
// section with unsaved changes asks first, and a question per arrow press would be a trap.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_ROLES, SECTIONS, isPeopleSection, type Section } from './sections';
import type { DocumentView, PartyView } from './record-types';

type Props = {
  current: Section;
  parties: readonly PartyView[] | null;
  documents: readonly DocumentView[] | null;
  onOpen: (section: Section) => void;
};

function countOf(section: Section, parties: Props['parties'], documents: Props['documents']): number | null {
  if (isPeopleSection(section)) {
    const roles: readonly string[] = SECTION_ROLES[section];
    return parties ? parties.filter((p) => roles.includes(p.role)).length : null;
  }
  return section === 'dokumen' && documents ? documents.length : null;
}

export function SectionTabs({ current, parties, documents, onOpen }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = tabs.findIndex((tab) => tab === document.activeElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    tabs[(to + tabs.length) % tabs.length]?.focus();
  };

  return (
    <nav className="case-tabs" aria-label={t('caseDetail.sectionsLabel')}>
      <div className="case-tabs__list" role="tablist" aria-orientation="vertical" ref={list} onKeyDown={onKeyDown}>
        {SECTIONS.map((s) => {
          const count = countOf(s, parties, documents);
          const selected = s === current;
          return (
            <button
              key={s}
              type="button"
              role="tab"
              id={`case-tab-${s}`}
              aria-selected={selected}
              aria-controls={selected ? `case-panel-${s}` : undefined}
              tabIndex={selected ? 0 : -1}
              className="case-tabs__tab"
              onClick={() => onOpen(s)}
            >
              <span className="case-tabs__label">{t(`caseDetail.sections.${s}`)}</span>
              {count !== null && <span className="case-tabs__count">{count}</span>}
            </button>
          );
        })}
      </div>
    </nav>
  );
}
