/**
 * Which parts of the page are near the viewport. Only the matches there are registered in the
 * highlights: Chromium rebuilds the markers of every registered range whenever a highlight or the
 * DOM changes (measured here: ~100 ms per frame with 36,000 ranges on a million-character page, for
 * any DOM change at all), so a registry holding a whole long page would slow every later frame.
 * Near the viewport there are a few hundred ranges at most, whatever the page's length.
 */

export interface ViewportTracker {
  /** Follow an element: `onChange(near)` is called when it comes near the viewport and when it leaves. */
  follow(element: Element, onChange: (near: boolean) => void): void;
  unfollow(element: Element): void;
  disconnect(): void;
}

/** Viewport heights above and below the viewport that count as near (ready before a scroll shows them). */
const NEAR_VIEWPORTS = 2;

/** An IntersectionObserver on the document's own viewport (in a frame too: root is the frame's document). */
export function intersectionTracker(document: Document): ViewportTracker {
  const callbacks = new Map<Element, (near: boolean) => void>();
  const margin = `${NEAR_VIEWPORTS * 100}% 0px`;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
    },
    { root: document, rootMargin: margin },
  );
  return {
    follow(element, onChange) {
      callbacks.set(element, onChange);
      observer.observe(element);
    },
    unfollow(element) {
      callbacks.delete(element);
      observer.unobserve(element);
    },
    disconnect() {
      callbacks.clear();
      observer.disconnect();
    },
  };
}

/** Everything is near: for environments without layout (unit tests) or without IntersectionObserver. */
export const everythingNear: ViewportTracker = {
  follow: (_element, onChange) => onChange(true),
  unfollow: () => {},
  disconnect: () => {},
};
