// The one window. Its webPreferences are written out literally, as Electronegativity and reviewers
// read them; tests/integration/electron-policy.test.ts checks they equal policy/web-preferences.ts.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { allowNavigation, allowNewWindow } from './policy/navigation';
import { APP_ENTRY } from './policy/protocol';

/** Windows being reloaded because the case file locked: their unsaved forms may not hold them. */
const lockReloads = new Set<number>();

export function markLockReload(win: BrowserWindow): void {
  lockReloads.add(win.webContents.id);
}

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
  // A form with unsaved changes holds the page (beforeunload). Electron would then silently refuse
  // to close the window: ask the person instead, as a browser does.
  // The mark lasts until the reloaded page has loaded (a reload without unsaved forms never asks).
  win.webContents.on('did-finish-load', () => lockReloads.delete(win.webContents.id));
  win.webContents.on('will-prevent-unload', (event) => {
    if (lockReloads.has(win.webContents.id)) return event.preventDefault();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Tinggalkan / Leave', 'Tetap di sini / Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'Ada isian yang belum disimpan. / There are unsaved changes.',
      detail: 'Menutup sekarang membuang isian itu. / Closing now discards them.',
    });
    if (choice === 0) event.preventDefault();
  });
  void win.loadURL(APP_ENTRY);
  return win;
}
