// One ipcMain handler per contract channel: check the sender, then pass the call to the core worker.
// The dialog channels are answered here, with Electron's native dialogs, and so is "show in folder"
// for a berkas perkara, which opens only a path an export of this app wrote.
import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
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
  // A berkas perkara is saved as a PDF: offer the filter so the name keeps its extension.
  const filters = defaultPath?.toLowerCase().endsWith('.pdf') ? [{ name: 'PDF', extensions: ['pdf'] }] : undefined;
  const r = await dialog.showSaveDialog(win, { defaultPath, filters });
  return { ok: true, value: { path: r.canceled ? null : (r.filePath ?? null) } };
}

/**
 * The files and folders berkas perkara exports wrote since the app started. "Show in folder" opens
 * one of these and nothing else: a page that asks for any other path is refused, so a compromised
 * renderer cannot make the shell reveal or launch arbitrary paths.
 */
const exported = new Set<string>();

function rememberExport(envelope: Envelope): void {
  if (!envelope.ok || typeof envelope.value !== 'object' || envelope.value === null) return;
  const { file, packageDir } = envelope.value as { file?: unknown; packageDir?: unknown };
  if (typeof file === 'string') exported.add(file);
  if (typeof packageDir === 'string') exported.add(packageDir);
}

function showInFolder(input: unknown): Envelope {
  const path = typeof input === 'object' && input !== null && 'path' in input ? input.path : null;
  if (typeof path !== 'string' || !exported.has(path)) return refused;
  shell.showItemInFolder(path);
  return { ok: true, value: { shown: true } };
}

export function registerChannels(core: CoreHost): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return refused;
      if (DIALOGS.has(channel)) return nativeDialog(event, channel, input);
      if (channel === 'dossier:showInFolder') return showInFolder(input);
      const envelope = await core.call(channel, input, { onProgress: (progress) => event.sender.send('berkas:progress', progress) });
      if (channel === 'dossier:export') rememberExport(envelope);
      return envelope;
    });
  }
}
