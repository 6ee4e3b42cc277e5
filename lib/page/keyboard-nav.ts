/**
 * Moving from term to term with the keyboard commands: which match comes next, the focus highlight
 * that marks it, and scrolling it into view. The choice of the next match is pure (positions are
 * passed in as functions) so that it is tested without layout.
 */
import { elementOf } from './collect-blocks';

/** The Highlight registry name of the match the keyboard is on; styled by the content script's CSS. */
const FOCUS_HIGHLIGHT = 'tifa-focus';

export type Direction = 1 | -1;

/** The first index in [0, n) for which `test` holds, assuming it holds for a suffix (n when none). */
function lowerBound(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The index of the match to move to, or -1 when there is none. From the current match: the one
 * after (or before) it in document order, wrapping around. If the current match is gone (the page
 * changed), from where it was. Without a current match, from the viewport: `next` takes the first
 * match whose top is at or below the viewport's top, `previous` the last one above it; both wrap.
 */
export function neighbourIndex<M>({
  matches,
  current,
  direction,
  isSame,
  compare,
  topOf,
}: {
  /** Matches in document order. */
  matches: readonly M[];
  current: M | undefined;
  direction: Direction;
  isSame: (a: M, b: M) => boolean;
  /** Document order of two matches (negative when a comes first); may throw for unrelated trees. */
  compare: (a: M, b: M) => number;
  /** The match's top edge relative to the viewport's top, in CSS pixels. */
  topOf: (m: M) => number;
}): number {
  const n = matches.length;
  if (n === 0) return -1;
  const wrap = (i: number) => (i + n) % n;
  if (current !== undefined) {
    const at = matches.findIndex((m) => isSame(m, current));
    if (at >= 0) return wrap(at + direction);
    try {
      const after = lowerBound(n, (i) => compare(matches[i], current) > 0);
      return direction === 1 ? wrap(after) : wrap(after - 1);
    } catch {
      // A match in another tree (a shadow root) cannot be compared: fall back to the viewport.
    }
  }
  const below = lowerBound(n, (i) => topOf(matches[i]) >= 0);
  return direction === 1 ? wrap(below) : wrap(below - 1);
}

/** Whether two matches cover the same text (the index may hand out new objects after a change). */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a === b ||
    (a.startContainer === b.startContainer &&
      a.startOffset === b.startOffset &&
      a.endContainer === b.endContainer &&
      a.endOffset === b.endOffset)
  );
}

/** Document order of two ranges' starts; throws (WrongDocumentError) for ranges in different trees. */
export function compareRanges(a: Range, b: Range): number {
  return a.compareBoundaryPoints(Range.START_TO_START, b);
}

/** Marks one range with the focus highlight, above the category highlights. */
export function setFocusHighlight(range: Range): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
}

export function clearFocusHighlight(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}

function fullyVisible(rect: DOMRect, win: Window): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= win.innerHeight && rect.right <= win.innerWidth;
}

/**
 * Scrolls a range into view, about a third down the viewport, unless it is already fully visible.
 * A range cannot scrollIntoView itself: its element does (which also scrolls nested scrolling
 * boxes), then the window is adjusted for the range's own position (a long paragraph's element can
 * be in view while the term is not). 'instant' overrides a page's `scroll-behavior: smooth`, so
 * the card is placed where the term ends up.
 */
export function scrollRangeIntoView(range: Range, win: Window = window): void {
  if (fullyVisible(range.getBoundingClientRect(), win)) return;
  elementOf(range.startContainer)?.scrollIntoView({
    block: 'nearest',
    inline: 'nearest',
    behavior: 'instant',
  });
  const rect = range.getBoundingClientRect();
  if (fullyVisible(rect, win) && rect.top >= win.innerHeight / 6 && rect.bottom <= (win.innerHeight * 5) / 6)
    return;
  win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' });
}
