// Which screen is up. The page starts by asking the core where things stand: a case file already
// open (a reload) goes straight to its list; a lock that just happened goes to the sign-in screen
// with the folder and login filled in; anything else starts at the welcome screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../shared/ipc/contract';
import type { Api } from './api/client';
import { ApiContext } from './api/context';
import { lastFolder, rememberedUnlock, rememberUnlock } from './api/session';
import { CoreStatus } from './components/CoreStatus';
import { ErrorAlert } from './components/ErrorAlert';
import { PublicLayout } from './components/PublicLayout';
import type { Created } from './views/create/created';
import { CreateView } from './views/create/CreateView';
import { RecoveryKeyView } from './views/create/RecoveryKeyView';
import { StartView } from './views/start/StartView';
import { UnlockView } from './views/unlock/UnlockView';
import { Workspace } from './views/workspace/Workspace';

type Screen =
  | { name: 'boot' }
  | { name: 'failed'; reason: 'noToken' | 'offline' }
  | { name: 'start' }
  | { name: 'create' }
  | { name: 'recovery'; created: Created }
  | { name: 'unlock'; dir: string; login: string; lockedNotice: boolean }
  | { name: 'cases'; session: SessionState };

export function App({ api }: { api: Api | null }) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>(api ? { name: 'boot' } : { name: 'failed', reason: 'noToken' });
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    if (!api) return;
    let current = true;
    void Promise.all([api.call('app:version', {}), api.call('session:state', {})]).then(([v, state]) => {
      if (!current) return;
      if (!state.ok) return setScreen({ name: 'failed', reason: 'offline' });
      if (v.ok) setVersion(v.value.version);
      const s = state.value;
      if (s.unlocked && s.dir && s.user) {
        rememberUnlock({ dir: s.dir, login: s.user.login });
        return setScreen({ name: 'cases', session: s });
      }
      const remembered = rememberedUnlock();
      setScreen(remembered ? { name: 'unlock', ...remembered, lockedNotice: true } : { name: 'start' });
    });
    return () => {
      current = false;
    };
  }, [api]);

  // Each screen starts at its top, whatever the last one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen.name]);

  const toStart = (): void => setScreen({ name: 'start' });
  const toUnlock = (): void => {
    const remembered = rememberedUnlock();
    setScreen({ name: 'unlock', dir: remembered?.dir ?? lastFolder(), login: remembered?.login ?? '', lockedNotice: false });
  };
  const status = <CoreStatus version={version} />;

  let content;
  switch (screen.name) {
    case 'boot':
      content = (
        <PublicLayout>
          <p className="boot" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('app.connecting')}
          </p>
        </PublicLayout>
      );
      break;
    case 'failed':
      content = (
        <PublicLayout>
          <div className="card card--narrow">
            <div className="card__body">
              <ErrorAlert text={t(screen.reason === 'noToken' ? 'app.noToken' : 'app.offline')} />
            </div>
          </div>
        </PublicLayout>
      );
      break;
    case 'start':
      content = (
        <PublicLayout status={status} wide>
          <StartView lastDir={lastFolder()} onOpen={toUnlock} onCreate={() => setScreen({ name: 'create' })} />
        </PublicLayout>
      );
      break;
    case 'create':
      content = (
        <PublicLayout>
          <CreateView onCancel={toStart} onCreated={(created) => setScreen({ name: 'recovery', created })} />
        </PublicLayout>
      );
      break;
    case 'recovery': {
      const { created } = screen;
      content = (
        <PublicLayout>
          <RecoveryKeyView
            created={created}
            onContinue={() =>
              created.session
                ? setScreen({ name: 'cases', session: created.session })
                : setScreen({ name: 'unlock', dir: created.dir, login: created.login, lockedNotice: false })
            }
          />
        </PublicLayout>
      );
      break;
    }
    case 'unlock':
      content = (
        <PublicLayout>
          <UnlockView
            initialDir={screen.dir}
            initialLogin={screen.login}
            lockedNotice={screen.lockedNotice}
            onBack={toStart}
            onUnlocked={(session) => setScreen({ name: 'cases', session })}
          />
        </PublicLayout>
      );
      break;
    case 'cases':
      content = <Workspace session={screen.session} />;
      break;
  }
  return <ApiContext.Provider value={api}>{content}</ApiContext.Provider>;
}
