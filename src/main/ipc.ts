// One ipcMain handler per contract channel: check the sender, then pass the call to the core worker.
// The dialog channels are answered here, with Electron's native dialogs.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../shared/ipc/contract';
import type { CoreHost } from '../core/host/client';
import { isTrustedSender } from './policy/protocol';

const DIALOGS = new Set(['dialog:chooseFolder', 'dialog:chooseSaveFile', 'dialog:chooseFiles']);
const refused: Envelope = { ok: false, error: { code: 'FORBIDDEN', message: 'Permintaan ditolak.', params: {} } };

async function nativeDialog(event: IpcMainInvokeEvent, channel: string, input: unknown): Promise<Envelope> {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) return refused;
  if (channel === 'dialog:chooseFolder') {
    const create = typeof input === 'object' && input !== null && 'purpose' in input && input.purpose === 'create';
    const r = await dialog.showOpenDialog(win, { properties: create ? ['openDirectory', 'createDirectory'] : ['openDirectory'] });
    return { ok: true, value: { path: r.canceled ? null : (r.filePaths[0] ?? null) } };
  }
  if (channel === 'dialog:chooseFiles') {
    // Files to attach to a barang bukti: the core reads them by path, so only paths cross.
    const r = await dialog.showOpenDialog(win, { properties: ['openFile', 'multiSelections'] });
    return { ok: true, value: { paths: r.canceled ? [] : r.filePaths.slice(0, 100) } };
  }
  const defaultPath = typeof input === 'object' && input !== null && 'defaultName' in input ? String(input.defaultName) : undefined;
  const r = await dialog.showSaveDialog(win, { defaultPath });
  return { ok: true, value: { path: r.canceled ? null : (r.filePath ?? null) } };
}

export function registerChannels(core: CoreHost): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return refused;
      if (DIALOGS.has(channel)) return nativeDialog(event, channel, input);
      return core.call(channel, input, { onProgress: (progress) => event.sender.send('berkas:progress', progress) });
    });
  }
}
