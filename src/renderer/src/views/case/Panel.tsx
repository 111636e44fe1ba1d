// A titled block of a section (the LP, the team, one tersangka's custody), with its actions at the
// right of the title so "Ubah" sits next to what it changes.
import { useId, type ReactNode } from 'react';

type Props = { title: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; level?: 2 | 3 };

export function Panel({ title, actions, children, className, level = 2 }: Props) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <header className="panel__head">
        <Heading className="panel__title" id={id}>
          {title}
        </Heading>
        {actions && <div className="panel__actions">{actions}</div>}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
