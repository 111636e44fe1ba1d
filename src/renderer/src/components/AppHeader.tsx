// The header of an open case file: whose unit it is, the sections of the workspace (passed in as
// children), who is signed in and with what role, the language, and the lock button.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/ipc/contract';
import { BrandMark } from './BrandMark';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { session: SessionState; locking: boolean; onLock: () => void; children?: ReactNode };

export function AppHeader({ session, locking, onLock, children }: Props) {
  const { t } = useTranslation();
  const unit = session.unitName ?? session.title ?? '';
  const subtitle = session.unitName ? session.title : null;
  return (
    <header className="topbar topbar--app">
      <div className="topbar__identity">
        <BrandMark size={30} />
        <div className="topbar__unit">
          <span className="topbar__unit-name" data-testid="unit-name">
            {unit}
          </span>
          {subtitle && <span className="topbar__case-file">{subtitle}</span>}
        </div>
      </div>
      {children}
      <div className="topbar__actions">
        {session.user && (
          <div className="topbar__user" data-testid="signed-in-user">
            <span className="visually-hidden">{t('header.signedInAs')} </span>
            <span className="topbar__user-name">{session.user.displayName}</span>
            <span className="role-badge">{t(`roles.${session.user.role}`)}</span>
          </div>
        )}
        <LanguageSwitch />
        <button type="button" className="btn btn--header" onClick={onLock} disabled={locking} title={t('header.lockHint')}>
          <Icon name="lock" size={18} />
          {locking ? t('header.locking') : t('header.lock')}
        </button>
      </div>
    </header>
  );
}
