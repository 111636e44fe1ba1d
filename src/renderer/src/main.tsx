// The renderer's entry: the language first (so the first frame is already in the right one), the
// transport to the core (Electron's bridge, or the preview server's token), then the screens.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApi } from './api/client';
import { detectTransport, storedTransport } from './api/transport';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/forms.css';
import './styles/create.css';
import './styles/layout.css';
import './styles/cases.css';
import './styles/workspace.css';
import './styles/case.css';
import './styles/evidence.css';
import './styles/dossier.css';
import './styles/print.css';

const transport = detectTransport() ?? storedTransport();
const api = transport ? createApi(transport) : null;

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    );
});
