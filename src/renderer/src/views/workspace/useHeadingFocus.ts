// After the person moves to another view, focus goes to that view's heading, so a screen reader
// announces where they are and Tab continues from the top of the new content, not from a button
// that no longer exists. The first view keeps its own focus (the list's search box), and so does a
// form whose first field asks for it (data-initial-focus): there the field is where work starts. A
// view that loads before it shows its heading (a case) gets a second: it is looked for each frame.
import { useEffect, useRef, type RefObject } from 'react';

const MAX_FRAMES = 180;

export function useHeadingFocus(container: RefObject<HTMLElement | null>, key: string): void {
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    if (document.activeElement?.hasAttribute('data-initial-focus')) return;
    let frame = 0;
    let tries = 0;
    const attempt = (): void => {
      const heading = container.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        // Headings are not focusable by themselves; -1 keeps them out of the Tab order.
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (++tries < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [container, key]);
}
