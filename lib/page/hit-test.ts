/**
 * Pointer position → the match under it, without any element of ours in the page: the caret
 * position under the pointer gives a text node and offset, the page index gives the match that
 * holds it, and the match's client rects confirm that the pointer is really over its glyphs (the
 * caret APIs also answer for points beside a line, in padding or past its end).
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The parts of Document the hit test uses, so that tests can pass a fake. */
export interface CaretSource {
  elementFromPoint(x: number, y: number): Element | null;
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The open shadow roots stacked under a point, outermost first (caretPositionFromPoint needs them). */
export function shadowRootsAt(doc: CaretSource, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  // Bounded: a page cannot make us loop with a host whose shadow root answers with the host again.
  while (element?.shadowRoot && roots.length < 16) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

/**
 * The caret position under a point. The standard caretPositionFromPoint (Chromium 128+, Firefox)
 * only enters the shadow roots it is given; caretRangeFromPoint is the older WebKit/Blink API.
 */
export function caretAt(doc: CaretSource, x: number, y: number): CaretPoint | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const shadowRoots = shadowRootsAt(doc, x, y);
    const position = doc.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return position?.offsetNode ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function pointInRect(x: number, y: number, rect: RectLike): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export function pointInRects(x: number, y: number, rects: ArrayLike<RectLike> | Iterable<RectLike>): boolean {
  for (const rect of Array.from(rects)) if (pointInRect(x, y, rect)) return true;
  return false;
}

/**
 * The match under the pointer, or undefined. The caret lands on the nearest character boundary, so
 * over the right half of a character it sits after it: both the offset and the one before it are
 * tried, and the client rects decide.
 */
export function hitTest<M extends { range: Range }>({
  doc,
  x,
  y,
  matchAt,
}: {
  doc: CaretSource;
  x: number;
  y: number;
  matchAt: (node: Node, offset: number) => M | undefined;
}): M | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const offsets = caret.offset > 0 ? [caret.offset, caret.offset - 1] : [caret.offset];
  for (const offset of offsets) {
    const match = matchAt(caret.node, offset);
    if (match && pointInRects(x, y, match.range.getClientRects())) return match;
  }
  return undefined;
}

/**
 * Whether a point lies on the way from the term to its card: inside the smallest rectangle that
 * holds both. The card stays open a little longer there, so that the pointer can travel to it
 * across the gap (or across other text) without the card closing under it.
 */
export function inCorridor(x: number, y: number, term: RectLike, card: RectLike): boolean {
  return pointInRect(x, y, {
    left: Math.min(term.left, card.left),
    top: Math.min(term.top, card.top),
    right: Math.max(term.right, card.right),
    bottom: Math.max(term.bottom, card.bottom),
  });
}

/** Whether any of the rects is at least partly inside the viewport. */
export function intersectsViewport(
  rects: ArrayLike<RectLike> | Iterable<RectLike>,
  viewport: { width: number; height: number },
): boolean {
  for (const r of Array.from(rects)) {
    if (r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width) return true;
  }
  return false;
}
