// The sandboxed preload (CommonJS): exposes `invoke`, `on('progress')` and the path of a dropped
// file, nothing else. The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';

const CHANNEL = /^[a-zA-Z]+:[a-zA-Z]+$/;

contextBridge.exposeInMainWorld('berkas', {
  invoke: (channel: unknown, input: unknown) => {
    if (typeof channel !== 'string' || !CHANNEL.test(channel)) return Promise.reject(new Error('unknown channel'));
    return ipcRenderer.invoke(channel, input);
  },
  on: (event: unknown, listener: unknown) => {
    if (event !== 'progress' || typeof listener !== 'function') return () => undefined;
    const wrapped = (_e: unknown, progress: unknown): void => listener(progress);
    ipcRenderer.on('berkas:progress', wrapped);
    return () => ipcRenderer.off('berkas:progress', wrapped);
  },
  getPathForFile: (file: File) => webUtils.getPathForFile(file),
});
