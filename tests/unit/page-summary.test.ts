import { expect, test } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { compareTerms, emptyCounts, isPageSummary, mergeSummaries } from '../../lib/page-summary';

/** A frame's summary from its terms (every category switched on). */
function frame(...terms: [id: string, term: string, count: number][]): PageSummary {
  const byCategory = emptyCounts();
  byCategory.core = terms.reduce((sum, [, , count]) => sum + count, 0);
  return {
    total: byCategory.core,
    byCategory,
    terms: terms
      .map(([id, term, count]) => ({ id, term, category: 'core' as const, count }))
      .sort(compareTerms),
  };
}

test('a tab’s summary adds up its frames: totals, categories and the counts of shared terms', () => {
  const top = frame(['a', '四个意识', 2], ['b', '两个确立', 1]);
  const inner = frame(['b', '两个确立', 3], ['c', '四个自信', 1]);
  inner.byCategory.meeting = 4; // a category switched off: counted, not in the total
  const merged = mergeSummaries({ 0: top, 12: inner });
  expect(merged.total).toBe(7);
  expect(merged.byCategory).toEqual({ ...emptyCounts(), core: 7, meeting: 4 });
  expect(merged.terms.map((t) => [t.term, t.count])).toEqual([
    ['两个确立', 4],
    ['四个意识', 2],
    ['四个自信', 1],
  ]);
  // The frames' own summaries are left as they were.
  expect(inner.terms.find((t) => t.id === 'b')?.count).toBe(3);
});

test('each term names the frame to reveal it in: the top frame if it holds it, else the lowest id', () => {
  const merged = mergeSummaries({
    40: frame(['c', '四个自信', 5], ['a', '四个意识', 1]),
    7: frame(['c', '四个自信', 1]),
    0: frame(['a', '四个意识', 1]),
  });
  const frameOf = Object.fromEntries(merged.terms.map((t) => [t.id, t.frameId]));
  expect(frameOf).toEqual({ a: 0, c: 7 });
});

test('no frames: an empty summary', () => {
  expect(mergeSummaries({})).toEqual({ total: 0, byCategory: emptyCounts(), terms: [] });
});

test('terms: most frequent first, then in headword order', () => {
  const terms = frame(['x', '四个意识', 1], ['y', '一岗双责', 3], ['z', '两个确立', 1]).terms;
  const sorted = [...terms].sort(compareTerms).map((t) => t.term);
  expect(sorted[0]).toBe('一岗双责');
  expect(sorted.slice(1)).toEqual(['两个确立', '四个意识'].sort(new Intl.Collator('zh').compare));
});

test('isPageSummary refuses what a frame should not have sent', () => {
  expect(isPageSummary(frame(['a', '四个意识', 1]))).toBe(true);
  expect(isPageSummary(undefined)).toBe(false);
  expect(isPageSummary({ total: 1, byCategory: {}, terms: [] })).toBe(false);
  expect(isPageSummary({ ...frame(), terms: [{ id: 1 }] })).toBe(false);
});
