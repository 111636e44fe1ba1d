// Choosing where to save a file. In Electron the main process opens its native save dialog (the
// contract's dialog:chooseSaveFile channel, answered in src/main/ipc.ts); the preview server cannot,
// so there the screens show only the path field.
export type SavePicker = (defaultName: string) => Promise<string | null>;

export function savePicker(): SavePicker | null {
  const bridge = window.berkas;
  if (!bridge) return null;
  return async (defaultName) => {
    const answer = await bridge.invoke('dialog:chooseSaveFile', { defaultName });
    if (!answer.ok || typeof answer.value !== 'object' || answer.value === null || !('path' in answer.value)) return null;
    return typeof answer.value.path === 'string' ? answer.value.path : null;
  };
}

/** Whether the shell can show a file in the system's file manager (Electron); a browser cannot. */
export function canShowInFolder(): boolean {
  return window.berkas !== undefined;
}
