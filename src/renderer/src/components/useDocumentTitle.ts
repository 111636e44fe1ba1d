// The window title names the screen, so the taskbar and a screen reader say where the person is.
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Berkas` : 'Berkas';
  }, [title]);
}
