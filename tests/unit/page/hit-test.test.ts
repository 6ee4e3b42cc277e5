import { describe, expect, it } from 'vitest';
import {
  type CaretSource,
  caretAt,
  hitTest,
  inCorridor,
  intersectsViewport,
  pointInRects,
  shadowRootsAt,
} from '../../../lib/page/hit-test';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const node = { nodeName: '#text' } as unknown as Node;
const fakeRange = (...rects: ReturnType<typeof rect>[]) =>
  ({ getClientRects: () => rects }) as unknown as Range;

describe('caretAt', () => {
  it('prefers caretPositionFromPoint and hands it the open shadow roots under the point', () => {
    const innerRoot = { elementFromPoint: () => null } as unknown as ShadowRoot;
    const host = { shadowRoot: innerRoot } as unknown as Element;
    const calls: unknown[] = [];
    const doc: CaretSource = {
      elementFromPoint: () => host,
      caretPositionFromPoint: (x, y, options) => {
        calls.push([x, y, options]);
        return { offsetNode: node, offset: 3 };
      },
      caretRangeFromPoint: () => {
        throw new Error('not the fallback');
      },
    };
    expect(caretAt(doc, 10, 20)).toEqual({ node, offset: 3 });
    expect(calls).toEqual([[10, 20, { shadowRoots: [innerRoot] }]]);
  });

  it('falls back to caretRangeFromPoint', () => {
    const doc: CaretSource = {
      elementFromPoint: () => null,
      caretRangeFromPoint: () => ({ startContainer: node, startOffset: 5 }) as unknown as Range,
    };
    expect(caretAt(doc, 1, 1)).toEqual({ node, offset: 5 });
  });

  it('gives nothing where there is no text or no API', () => {
    expect(
      caretAt({ elementFromPoint: () => null, caretPositionFromPoint: () => null }, 0, 0),
    ).toBeUndefined();
    expect(caretAt({ elementFromPoint: () => null }, 0, 0)).toBeUndefined();
  });
});

describe('shadowRootsAt', () => {
  it('descends through nested open shadow roots and stops at a host that answers with itself', () => {
    const leaf = { shadowRoot: null } as unknown as Element;
    const inner = { elementFromPoint: () => leaf } as unknown as ShadowRoot;
    const middle = { shadowRoot: inner } as unknown as Element;
    const outer = { elementFromPoint: () => middle } as unknown as ShadowRoot;
    const host = { shadowRoot: outer } as unknown as Element;
    expect(shadowRootsAt({ elementFromPoint: () => host }, 0, 0)).toEqual([outer, inner]);

    const loopRoot = { elementFromPoint: () => loopHost } as unknown as ShadowRoot;
    const loopHost = { shadowRoot: loopRoot } as unknown as Element;
    expect(shadowRootsAt({ elementFromPoint: () => loopHost }, 0, 0)).toEqual([loopRoot]);
  });
});

describe('hitTest', () => {
  const match = { range: fakeRange(rect(100, 100, 60, 20)), id: 'm' };
  const lookup = (hits: Record<number, typeof match>) => (n: Node, offset: number) =>
    n === node ? hits[offset] : undefined;
  const docAt = (offset: number): CaretSource => ({
    elementFromPoint: () => null,
    caretPositionFromPoint: () => ({ offsetNode: node, offset }),
  });

  it('finds the match at the caret when the pointer is over its rects', () => {
    expect(hitTest({ doc: docAt(2), x: 110, y: 110, matchAt: lookup({ 2: match }) })).toBe(match);
  });

  it('tries the character before the caret (the right half of a glyph puts the caret after it)', () => {
    expect(hitTest({ doc: docAt(4), x: 155, y: 110, matchAt: lookup({ 3: match }) })).toBe(match);
  });

  it('refuses a match the pointer is not over (caret snapped from beside the line)', () => {
    expect(hitTest({ doc: docAt(2), x: 300, y: 110, matchAt: lookup({ 2: match }) })).toBeUndefined();
    expect(hitTest({ doc: docAt(2), x: 110, y: 125, matchAt: lookup({ 2: match }) })).toBeUndefined();
  });

  it('accepts the second line of a term broken over two lines', () => {
    const broken = { range: fakeRange(rect(500, 100, 30, 20), rect(0, 120, 30, 20)), id: 'b' };
    expect(hitTest({ doc: docAt(0), x: 10, y: 130, matchAt: lookup({ 0: broken }) })).toBe(broken);
  });

  it('finds nothing without a caret or a match', () => {
    expect(
      hitTest({ doc: { elementFromPoint: () => null }, x: 0, y: 0, matchAt: () => match }),
    ).toBeUndefined();
    expect(hitTest({ doc: docAt(2), x: 110, y: 110, matchAt: () => undefined })).toBeUndefined();
  });
});

describe('geometry', () => {
  it('pointInRects includes edges', () => {
    expect(pointInRects(10, 10, [rect(10, 10, 5, 5)])).toBe(true);
    expect(pointInRects(15, 15, [rect(10, 10, 5, 5)])).toBe(true);
    expect(pointInRects(16, 15, [rect(10, 10, 5, 5)])).toBe(false);
    expect(pointInRects(0, 0, [])).toBe(false);
  });

  it('inCorridor spans the term and the card', () => {
    const term = rect(100, 100, 40, 20);
    const card = rect(100, 126, 300, 200);
    expect(inCorridor(120, 123, term, card)).toBe(true);
    expect(inCorridor(350, 110, term, card)).toBe(true);
    expect(inCorridor(450, 110, term, card)).toBe(false);
    expect(inCorridor(120, 90, term, card)).toBe(false);
  });

  it('intersectsViewport: any rect partly visible', () => {
    const viewport = { width: 800, height: 600 };
    expect(intersectsViewport([rect(10, -30, 40, 20)], viewport)).toBe(false);
    expect(intersectsViewport([rect(10, -10, 40, 20)], viewport)).toBe(true);
    expect(intersectsViewport([rect(10, 600, 40, 20)], viewport)).toBe(false);
    expect(intersectsViewport([rect(10, 700, 40, 20), rect(0, 590, 40, 20)], viewport)).toBe(true);
    expect(intersectsViewport([], viewport)).toBe(false);
  });
});
