import { expect, test } from 'vitest';
import {
  applyPageCount,
  badgeText,
  isPageCount,
  markStale,
  type TabTable,
  tabTotal,
} from '../../../lib/background/badge';
import type { PageSummary } from '../../../lib/messages';
import { emptyCounts } from '../../../lib/page-summary';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const page = 'https://www.people.com.cn/a.html';

/** A frame's summary with `total` matches (of one term). */
function holding(total: number): PageSummary {
  return {
    total,
    byCategory: { ...emptyCounts(), core: total },
    terms: total > 0 ? [{ id: 'sgys', term: '四个意识', category: 'core', count: total }] : [],
  };
}

test('frames of a tab are summed; a frame reporting again replaces its count', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 7, summary: holding(2) });
  table = applyPageCount(table, { tabId: 2, frameId: 0, summary: holding(9), documentId: 'x', url: page });
  expect(tabTotal(table['1'])).toBe(7);
  table = applyPageCount(table, { tabId: 1, frameId: 7, summary: holding(1) });
  expect(tabTotal(table['1'])).toBe(6);
  expect(tabTotal(table['2'])).toBe(9);
  expect(table['1'].frames['7']).toEqual(holding(1));
});

test('a new document in the top frame starts the tab afresh', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 3, summary: holding(4) });
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(2), documentId: 'd2', url: page });
  expect(table['1'].frames).toEqual({ '0': holding(2) });
});

test('a frame of the new page that reports before its top frame is kept; the old page’s frames go', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 3, summary: holding(4) });
  table = markStale(table, 1);
  table = applyPageCount(table, { tabId: 1, frameId: 9, summary: holding(1) });
  table = applyPageCount(table, { tabId: 1, frameId: 9, summary: holding(2) });
  expect(table['1'].loadingFrames).toEqual(['9']);
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(3), documentId: 'd2', url: page });
  expect(table['1']).toEqual({
    document: 'd2',
    url: page,
    frames: { '0': holding(3), '9': holding(2) },
  });
});

test('a frame reloading in the same page keeps the other frames', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 3, summary: holding(4) });
  table = markStale(table, 1);
  table = applyPageCount(table, { tabId: 1, frameId: 3, summary: holding(1) });
  expect(tabTotal(table['1'])).toBe(6);
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page });
  expect(table['1'].frames).toEqual({ '0': holding(5), '3': holding(1) });
});

test('only well-formed reports are taken', () => {
  expect(isPageCount({ type: 'tifa:page-count', summary: holding(1) })).toBe(true);
  expect(isPageCount({ type: 'tifa:page-count', total: 1 })).toBe(false);
  expect(isPageCount({ type: 'tifa:page-count', summary: { total: 1 } })).toBe(false);
  expect(isPageCount({ type: 'tifa:open-reader', summary: holding(1) })).toBe(false);
});

test('badge text: the total, nothing at zero or when off', () => {
  const counts = { url: page, frames: { '0': holding(12), '4': holding(3) } };
  expect(badgeText(counts, DEFAULT_SETTINGS)).toBe('15');
  expect(badgeText({ url: page, frames: { '0': holding(0) } }, DEFAULT_SETTINGS)).toBe('');
  expect(badgeText(undefined, DEFAULT_SETTINGS)).toBe('');
  expect(badgeText(counts, { ...DEFAULT_SETTINGS, enabled: false })).toBe('');
  expect(badgeText(counts, { ...DEFAULT_SETTINGS, blockedSites: ['people.com.cn'] })).toBe('');
  expect(badgeText({ url: page, frames: { '0': holding(4321) } }, DEFAULT_SETTINGS)).toBe('999+');
});

test('a tab that starts loading is stale until its next report', () => {
  let table: TabTable = applyPageCount(
    {},
    { tabId: 1, frameId: 0, summary: holding(5), documentId: 'd1', url: page },
  );
  table = markStale(table, 1);
  expect(table['1'].stale).toBe(true);
  expect(markStale(table, 2)).toBe(table);
  table = applyPageCount(table, { tabId: 1, frameId: 0, summary: holding(3), documentId: 'd2', url: page });
  expect(table['1']).toEqual({ document: 'd2', url: page, frames: { '0': holding(3) } });
});
