// The one window. Its webPreferences are written out literally, as Electronegativity and reviewers
// read them; tests/integration/electron-policy.test.ts checks they equal policy/web-preferences.ts.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { allowNavigation, allowNewWindow } from './policy/navigation';
import { APP_ENTRY } from './policy/protocol';

export function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Berkas',
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => ({ action: allowNewWindow(url) ? 'allow' : 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(APP_ENTRY);
  return win;
}
