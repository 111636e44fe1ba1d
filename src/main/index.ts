// The Electron main process: one instance, one window, the renderer from berkas://app/, the core in a
// worker thread behind the IPC contract, and the locks: idle (in the core), suspend and screen lock.
// No domain logic here.
import { app, BrowserWindow, powerMonitor, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startCoreWorker, type CoreHost } from '../core/host/client';
import { registerChannels } from './ipc';
import { allowPermission } from './policy/navigation';
import { APP_SCHEME, resolveAppFile, responseHeaders, SCHEME_PRIVILEGES } from './policy/protocol';
import { createWindow, markLockReload } from './window';

const rendererDir = join(import.meta.dirname, '../renderer');
let host: CoreHost | null = null;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: SCHEME_PRIVILEGES }]);

/** After the core locked the case file, every window starts again from the unlock screen. */
function reloadAll(): void {
  for (const win of BrowserWindow.getAllWindows()) {
    // Nothing of a case may stay on screen behind a "leave page?" question from an unsaved form.
    markLockReload(win);
    win.webContents.reload();
  }
}

async function lockNow(): Promise<void> {
  await host?.call('session:lock', {});
  reloadAll();
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: responseHeaders(file) });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  void app.whenReady().then(() => {
    serveApp();
    denyPermissions();
    // The dossier's fonts ship beside the asar (electron-builder extraResources); the core worker
    // shares this environment. Unpackaged, the core finds resources/fonts in the repository.
    if (app.isPackaged) process.env.BERKAS_RESOURCES = process.resourcesPath;
    host = startCoreWorker(join(import.meta.dirname, 'worker.js'), { onLocked: reloadAll });
    registerChannels(host);
    // An unattended screen must not show a victim's name: lock on suspend and on screen lock
    // (`lock-screen` exists on macOS and Windows; on Linux the idle lock covers it).
    powerMonitor.on('suspend', () => void lockNow());
    powerMonitor.on('lock-screen', () => void lockNow());
    createWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
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
