// Choosing a folder. In Electron the main process opens its native dialog (the contract's
// dialog:chooseFolder channel, answered in src/main/ipc.ts); the preview server cannot, so there the
// screens show only the path field.
export type FolderPicker = (purpose: 'open' | 'create') => Promise<string | null>;

export function folderPicker(): FolderPicker | null {
  const bridge = window.berkas;
  if (!bridge) return null;
  return async (purpose) => {
    const answer = await bridge.invoke('dialog:chooseFolder', { purpose });
    if (!answer.ok || typeof answer.value !== 'object' || answer.value === null || !('path' in answer.value)) return null;
    return typeof answer.value.path === 'string' ? answer.value.path : null;
  };
}
