import { expect, test } from 'vitest';
import { applyPageCount, badgeText, markStale, type TabTable, tabTotal } from '../../../lib/background/badge';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const page = 'https://www.people.com.cn/a.html';

test('frames of a tab are summed; a frame reporting again replaces its count', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, total: 5, documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 7, total: 2 });
  table = applyPageCount(table, { tabId: 2, frameId: 0, total: 9, documentId: 'x', url: page });
  expect(tabTotal(table['1'])).toBe(7);
  table = applyPageCount(table, { tabId: 1, frameId: 7, total: 1 });
  expect(tabTotal(table['1'])).toBe(6);
  expect(tabTotal(table['2'])).toBe(9);
});

test('a new document in the top frame starts the tab afresh', () => {
  let table: TabTable = {};
  table = applyPageCount(table, { tabId: 1, frameId: 0, total: 5, documentId: 'd1', url: page });
  table = applyPageCount(table, { tabId: 1, frameId: 3, total: 4 });
  table = applyPageCount(table, { tabId: 1, frameId: 0, total: 2, documentId: 'd2', url: page });
  expect(table['1'].frames).toEqual({ '0': 2 });
});

test('nonsense counts count as zero', () => {
  const table = applyPageCount({}, { tabId: 1, frameId: 0, total: Number.NaN, url: page });
  expect(tabTotal(table['1'])).toBe(0);
});

test('badge text: the total, nothing at zero or when off', () => {
  const counts = { url: page, frames: { '0': 12, '4': 3 } };
  expect(badgeText(counts, DEFAULT_SETTINGS)).toBe('15');
  expect(badgeText({ url: page, frames: { '0': 0 } }, DEFAULT_SETTINGS)).toBe('');
  expect(badgeText(undefined, DEFAULT_SETTINGS)).toBe('');
  expect(badgeText(counts, { ...DEFAULT_SETTINGS, enabled: false })).toBe('');
  expect(badgeText(counts, { ...DEFAULT_SETTINGS, blockedSites: ['people.com.cn'] })).toBe('');
  expect(badgeText({ url: page, frames: { '0': 4321 } }, DEFAULT_SETTINGS)).toBe('999+');
});

test('a tab that starts loading is stale until its next report', () => {
  let table: TabTable = applyPageCount({}, { tabId: 1, frameId: 0, total: 5, documentId: 'd1', url: page });
  table = markStale(table, 1);
  expect(table['1'].stale).toBe(true);
  expect(markStale(table, 2)).toBe(table);
  table = applyPageCount(table, { tabId: 1, frameId: 0, total: 3, documentId: 'd2', url: page });
  expect(table['1']).toEqual({ document: 'd2', url: page, frames: { '0': 3 } });
});
