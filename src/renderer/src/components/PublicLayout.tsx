// The frame of the screens before a case file is open: the mark, the language switch, the screen
// itself centred, and a status line that says the core is reachable.
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

export function PublicLayout({ children, status, wide }: { children: ReactNode; status?: ReactNode; wide?: boolean }) {
  return (
    <div className="public">
      <header className="topbar topbar--public">
        <Brand />
        <LanguageSwitch />
      </header>
      <main className={wide ? 'public__main public__main--wide' : 'public__main'}>{children}</main>
      <footer className="public__footer">{status}</footer>
    </div>
  );
}
