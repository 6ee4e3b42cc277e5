import { expect, test } from 'vitest';
import type { PageSummary } from '../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { pageAccess, siteHost } from '../../../lib/ui/page-access';
import { popupView, sortedTerms } from '../../../lib/ui/popup-state';

const summary: PageSummary = {
  total: 5,
  byCategory: {
    core: 4,
    institution: 1,
    discipline: 0,
    campaign: 0,
    meeting: 0,
    organ: 0,
    local: 0,
    idiom: 0,
  },
  terms: [
    { id: 'b', term: '一岗双责', category: 'institution', count: 1 },
    { id: 'a', term: '四个意识', category: 'core', count: 3 },
    { id: 'c', term: '两个确立', category: 'core', count: 1 },
  ],
};

const web = { settings: DEFAULT_SETTINGS, access: 'web' as const, host: 'www.people.com.cn' };

test('each state of the popup', () => {
  expect(popupView({ ...web, answer: summary })).toEqual({ kind: 'terms', summary });
  expect(popupView({ ...web, answer: undefined }).kind).toBe('loading');
  expect(popupView({ ...web, answer: 'error' }).kind).toBe('no-response');
  expect(popupView({ ...web, answer: { ...summary, total: 0, terms: [] } }).kind).toBe('no-terms');
  expect(popupView({ ...web, access: 'restricted', host: undefined, answer: 'error' }).kind).toBe(
    'restricted',
  );
  expect(popupView({ ...web, settings: { ...DEFAULT_SETTINGS, enabled: false }, answer: summary }).kind).toBe(
    'extension-off',
  );
  expect(
    popupView({
      ...web,
      settings: { ...DEFAULT_SETTINGS, blockedSites: ['people.com.cn'] },
      answer: summary,
    }),
  ).toEqual({ kind: 'site-off', host: 'www.people.com.cn', mode: 'blocklist' });
  expect(
    popupView({ ...web, settings: { ...DEFAULT_SETTINGS, siteMode: 'allowlist' }, answer: summary }),
  ).toEqual({
    kind: 'site-off',
    host: 'www.people.com.cn',
    mode: 'allowlist',
  });
});

test('terms most frequent first', () => {
  const sorted = sortedTerms(summary);
  expect(sorted[0].term).toBe('四个意识');
  expect(sorted.map((t) => t.count)).toEqual([3, 1, 1]);
  // The summary itself is left as it was.
  expect(summary.terms[0].id).toBe('b');
});

test('pages an extension cannot run on', () => {
  expect(pageAccess('chrome://extensions/')).toBe('restricted');
  expect(pageAccess('chrome-extension://abc/popup.html')).toBe('restricted');
  expect(pageAccess('about:blank')).toBe('restricted');
  expect(pageAccess('view-source:https://a.com/')).toBe('restricted');
  expect(pageAccess('https://chromewebstore.google.com/detail/x')).toBe('restricted');
  expect(pageAccess('https://chrome.google.com/webstore/category/extensions')).toBe('restricted');
  expect(pageAccess('https://addons.mozilla.org/zh-CN/firefox/')).toBe('restricted');
  expect(pageAccess('https://www.xinhuanet.com/politics/')).toBe('web');
  expect(pageAccess('file:///tmp/a.html')).toBe('web');
  expect(pageAccess(undefined)).toBe('unknown');
  expect(siteHost('https://www.xinhuanet.com/politics/')).toBe('www.xinhuanet.com');
  expect(siteHost('file:///tmp/a.html')).toBeUndefined();
});
