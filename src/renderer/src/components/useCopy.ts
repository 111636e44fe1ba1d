// Copying a value the user will hand on (a digest, a path): through the clipboard API, or, where the
// shell refuses that permission (Electron denies it by policy), by selecting the element's text and
// the copy command. `said` tells the page what happened, for a status line.
import { useRef, useState, type RefObject } from 'react';

export type CopyResult = 'copied' | 'failed' | null;

export function useCopy(value: string): { ref: RefObject<HTMLElement | null>; said: CopyResult; copy: () => Promise<void> } {
  const [said, setSaid] = useState<CopyResult>(null);
  const ref = useRef<HTMLElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('copied');
    } catch {
      const node = ref.current;
      const selection = window.getSelection();
      if (!node || !selection) return setSaid('failed');
      selection.selectAllChildren(node);
      setSaid(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };
  return { ref, said, copy };
}
