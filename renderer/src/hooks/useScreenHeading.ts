import { useCallback, useRef } from 'react';
import { useApp } from '../store';

/** The first screen after the page loads keeps the browser's own starting point (the skip link comes first). */
let pageJustLoaded = true;

/**
 * A ref for a screen's main heading (give it tabIndex={-1}): when the user
 * arrives from another screen, the heading takes the focus and its text is
 * announced politely, so keyboard and screen-reader users land where the
 * page changed instead of on the body. Only the first element the ref gets
 * is focused: a heading re-drawn in place (a new slide) does not pull the
 * focus back from the control the user is on.
 */
export function useScreenHeading<T extends HTMLElement = HTMLHeadingElement>(): (element: T | null) => void {
  const announce = useApp((s) => s.announce);
  const done = useRef(false);
  return useCallback(
    (element: T | null) => {
      if (!element || done.current) return;
      done.current = true;
      if (pageJustLoaded) {
        pageJustLoaded = false;
        return;
      }
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
      const text = element.textContent?.trim();
      if (text) announce(text);
    },
    [announce],
  );
}
