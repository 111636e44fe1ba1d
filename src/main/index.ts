// The Electron main process: one window, the core in a worker thread, and one ipcMain handler per
// contract channel that passes the call to the worker. No domain logic here. Hardening beyond the
// window options (custom protocol, permission policy, auto-lock, fuses) comes with the app-shell
// part 3; the options below are already the strict ones, written literally (Electronegativity
// reads them).
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, type Envelope } from '../shared/ipc/contract';
import { startCoreWorker, type CoreHost } from '../core/host/client';

const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let host: CoreHost | null = null;

const refused: Envelope = { ok: false, error: { code: 'FORBIDDEN', message: 'Permintaan ditolak.', params: {} } };

/** Only our own page, in the top frame, may call the core. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.split('#')[0] === rendererUrl;
}

function registerChannels(core: CoreHost): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!trustedSender(event)) return refused;
      return core.call(channel, input, { onProgress: (progress) => event.sender.send('berkas:progress', progress) });
    });
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    show: false,
    title: 'Berkas',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  void win.loadFile(rendererIndex);
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  void app.whenReady().then(() => {
    host = startCoreWorker(join(import.meta.dirname, 'worker.js'));
    registerChannels(host);
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    // Lock the case file (zeroing its keys) before the process goes.
    if (!host) return;
    event.preventDefault();
    const closing = host;
    host = null;
    void closing.close().finally(() => app.quit());
  });
}
