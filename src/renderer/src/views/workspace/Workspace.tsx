// The open case file: the header (unit, user, sections, language, lock) over one view at a time:
// the case list, the new-case form, the deadlines across every case, search, or one case. Which
// view is up lives in React state (see place.ts). A half-filled new case is not thrown away by a
// click in the navigation: the form asks first. Locking never asks: it is the way to leave the desk
// safely.
import { useRef, useState } from 'react';
import type { SessionState } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/context';
import { reloadToUnlock } from '../../api/session';
import { useActivityReport } from '../../api/useActivityReport';
import { useSessionWatch } from '../../api/useSessionWatch';
import { AppHeader } from '../../components/AppHeader';
import { CaseDetail } from '../case/CaseDetail';
import { CasesScreen } from '../cases/CasesScreen';
import { DEFAULT_QUERY } from '../cases/columns';
import { NewCaseForm } from '../cases/NewCaseForm';
import { DeadlinesScreen } from '../deadlines/DeadlinesScreen';
import { emptySearchMemory, type SearchMemory } from '../search/search-model';
import { SearchScreen } from '../search/SearchScreen';
import { placeKey, sectionOf, type ListMemory, type Place, type Section } from './place';
import { useHeadingFocus } from './useHeadingFocus';
import { WorkspaceNav } from './WorkspaceNav';

export function Workspace({ session }: { session: SessionState }) {
  const raw = useApi();
  useSessionWatch(raw);
  useActivityReport(raw);
  const [place, setPlace] = useState<Place>({ view: 'cases' });
  // Where the person wanted to go while the new-case form held unsaved input.
  const [pending, setPending] = useState<Place | null>(null);
  const [dirty, setDirty] = useState(false);
  const [locking, setLocking] = useState(false);
  const list = useRef<ListMemory>({ ...DEFAULT_QUERY, offset: 0 });
  const searched = useRef<SearchMemory>(emptySearchMemory());
  const main = useRef<HTMLElement | null>(null);
  useHeadingFocus(main, placeKey(place));

  const leaveTo = (next: Place): void => {
    setPending(null);
    setDirty(false);
    setPlace(next);
  };
  // An open case with unsaved forms asks its own question before the navigation leaves it.
  const caseGuard = useRef<(() => Promise<boolean>) | null>(null);
  const go = (next: Place): void => {
    if (place.view === 'newCase' && dirty) setPending(next);
    else if (place.view === 'case' && caseGuard.current) void caseGuard.current().then((ok) => ok && leaveTo(next));
    else leaveTo(next);
  };
  const goSection = (section: Section): void => go({ view: section });

  async function lock(): Promise<void> {
    setLocking(true);
    await raw.call('session:lock', {});
    reloadToUnlock();
  }

  let view;
  switch (place.view) {
    case 'cases':
      view = (
        <CasesScreen
          session={session}
          memory={list.current}
          onOpen={(perkaraId) => go({ view: 'case', perkaraId, from: 'cases' })}
          onNew={() => go({ view: 'newCase' })}
        />
      );
      break;
    case 'newCase':
      view = (
        <NewCaseForm
          session={session}
          onDirtyChange={setDirty}
          onCancel={() => go({ view: 'cases' })}
          onCreated={(perkaraId) => leaveTo({ view: 'case', perkaraId, from: 'cases' })}
          leaving={pending !== null}
          onDiscard={() => pending && leaveTo(pending)}
          onStay={() => setPending(null)}
        />
      );
      break;
    case 'deadlines':
      view = (
        <DeadlinesScreen
          session={session}
          onOpen={(perkaraId) => go({ view: 'case', perkaraId, from: 'deadlines', initialSection: 'tenggat' })}
        />
      );
      break;
    case 'search':
      view = (
        <SearchScreen
          session={session}
          memory={searched.current}
          onOpen={(perkaraId, initialSection) => go({ view: 'case', perkaraId, from: 'search', initialSection })}
        />
      );
      break;
    case 'case': {
      const { perkaraId, from, initialSection } = place;
      view = (
        <CaseDetail
          key={perkaraId}
          perkaraId={perkaraId}
          session={session}
          initialSection={initialSection}
          // CaseDetail has asked about unsaved forms already.
          onBack={() => leaveTo({ view: from })}
          leaveGuard={caseGuard}
        />
      );
      break;
    }
  }

  return (
    <div className="app">
      <AppHeader session={session} locking={locking} onLock={() => void lock()}>
        <WorkspaceNav current={sectionOf(place)} onGo={goSection} />
      </AppHeader>
      <main className="workspace" ref={main}>
        {view}
      </main>
    </div>
  );
}
