// A first page that proves the round trip through the contract: the core's version and whether a
// case file is open. The real screens come with the app-shell part 2.
import { useEffect, useState } from 'react';
import { createApi } from './api/client';
import { detectTransport, storedTransport } from './api/transport';

type Status =
  | { kind: 'loading' }
  | { kind: 'ready'; version: string; unlocked: boolean }
  | { kind: 'error'; message: string };

export function App() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    const transport = detectTransport() ?? storedTransport();
    if (!transport) {
      setStatus({ kind: 'error', message: 'Alamat ini tidak membawa token. Buka alamat yang dicetak oleh "npm start".' });
      return;
    }
    const api = createApi(transport);
    void (async () => {
      const version = await api.call('app:version', {});
      const state = await api.call('session:state', {});
      if (!version.ok) return setStatus({ kind: 'error', message: version.error.message });
      if (!state.ok) return setStatus({ kind: 'error', message: state.error.message });
      setStatus({ kind: 'ready', version: version.value.version, unlocked: state.value.unlocked });
    })();
  }, []);

  return (
    <main className="shell">
      <h1>Berkas</h1>
      <p>Pengelola berkas perkara TPPO.</p>
      {status.kind === 'loading' && <p role="status">Menghubungi inti Berkas…</p>}
      {status.kind === 'error' && <p role="alert">{status.message}</p>}
      {status.kind === 'ready' && (
        <p role="status" data-testid="core-status">
          Inti Berkas {status.version} terhubung. {status.unlocked ? 'Berkas kasus terbuka.' : 'Belum ada berkas kasus yang dibuka.'}
        </p>
      )}
    </main>
  );
}
