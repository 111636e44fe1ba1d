// Choosing files to attach. In Electron the main process opens its native dialog (the contract's
// dialog:chooseFiles channel, answered in src/main/ipc.ts) and a dropped file's path comes from the
// preload (webUtils.getPathForFile); a plain browser has neither, so the preview shows a path field.
export type FilesPicker = () => Promise<string[]>;

export function filesPicker(): FilesPicker | null {
  const bridge = window.berkas;
  if (!bridge) return null;
  return async () => {
    const answer = await bridge.invoke('dialog:chooseFiles', {});
    if (!answer.ok || typeof answer.value !== 'object' || answer.value === null || !('paths' in answer.value)) return [];
    const { paths } = answer.value;
    return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [];
  };
}

/** The full paths of dropped files, where the shell can tell them (Electron); empty in a browser. */
export function droppedPaths(files: FileList): string[] {
  const pathOf = window.berkas?.getPathForFile;
  if (!pathOf) return [];
  return [...files].map((f) => pathOf(f)).filter((p) => p !== '');
}
