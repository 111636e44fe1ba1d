// One kind of result under its heading with a count ("Orang 3"). A group cut at the limit says so,
// so nobody takes the twentieth name for the last one.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formats } from '../../i18n/format';
import { SEARCH_LIMIT, type Group } from './search-model';

type Props = { group: Group; count: number; formats: Formats; children: ReactNode };

export function HitGroup({ group, count, formats, children }: Props) {
  const { t } = useTranslation();
  const id = `find-${group}`;
  return (
    <section className={`find__group find__group--${group}`} aria-labelledby={id}>
      <h2 id={id} className="find__heading">
        {t(`workspace.search.groups.${group}`)}
        <span className="find__count">
          {count >= SEARCH_LIMIT ? t('workspace.search.top', { n: formats.number(count) }) : formats.number(count)}
        </span>
      </h2>
      <ul className="find__list">{children}</ul>
    </section>
  );
}
