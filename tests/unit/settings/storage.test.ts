import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOnHost,
  replaceStoredSettings,
  resetSettings,
  type Settings,
  updateSettings,
  watchSettings,
  withSiteActive,
} from '../../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

async function stored() {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

test('only what differs from the defaults is stored', async () => {
  await updateSettings({ theme: 'dark' });
  await updateSettings((s) => ({ categories: { ...s.categories, idiom: false } }));
  expect(await stored()).toEqual({ theme: 'dark', categories: { idiom: false } });
  // Setting a value back to its default removes it, so a later change of that default reaches this user.
  await updateSettings({ theme: 'system' });
  expect(await stored()).toEqual({ categories: { idiom: false } });
  expect((await getSettings()).categories.idiom).toBe(false);
});

test('an invalid patch leaves the default, not garbage', async () => {
  await updateSettings({ theme: 'purple' as Settings['theme'] });
  expect(await stored()).toEqual({});
});

test('watchSettings reports resolved settings; reset brings back the defaults', async () => {
  const seen: Settings[] = [];
  const unwatch = watchSettings((s) => seen.push(s));
  await updateSettings({ enabled: false });
  await resetSettings();
  unwatch();
  expect(seen.map((s) => s.enabled)).toEqual([false, true]);
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('replaceStoredSettings drops what is invalid or default', async () => {
  await updateSettings({ showEnglish: false });
  await replaceStoredSettings({ theme: 'light', enabled: true, blockedSites: ['a.com'] });
  expect(await stored()).toEqual({ theme: 'light', blockedSites: ['a.com'] });
});

test('a bad stored field falls back to its default alone', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { theme: 7, showEnglish: false, categories: { core: 'no', nope: false, idiom: false } },
    settings$: { v: 2 },
  });
  vi.resetModules();
  const { getSettings: fresh } = await import('../../../lib/settings');
  const settings = await fresh();
  expect(settings.theme).toBe('system');
  expect(settings.showEnglish).toBe(false);
  expect(settings.categories.core).toBe(true);
  expect(settings.categories.idiom).toBe(false);
  expect(settings.categories).not.toHaveProperty('nope');
});

test('isActiveOnHost: blocklist, allowlist, subdomains, the master switch', () => {
  const s = { ...DEFAULT_SETTINGS, blockedSites: ['people.com.cn'], allowedSites: ['www.gov.cn'] };
  expect(isActiveOnHost(s, 'www.xinhuanet.com')).toBe(true);
  expect(isActiveOnHost(s, 'people.com.cn')).toBe(false);
  expect(isActiveOnHost(s, 'politics.people.com.cn')).toBe(false);
  expect(isActiveOnHost(s, 'notpeople.com.cn')).toBe(true);
  const allow = { ...s, siteMode: 'allowlist' as const };
  expect(isActiveOnHost(allow, 'www.gov.cn')).toBe(true);
  expect(isActiveOnHost(allow, 'www.xinhuanet.com')).toBe(false);
  expect(isActiveOnHost({ ...s, enabled: false }, 'www.xinhuanet.com')).toBe(false);
});

test('withSiteActive switches a site in either mode and keeps the other list', () => {
  const base = { ...DEFAULT_SETTINGS, blockedSites: ['people.com.cn'], allowedSites: ['a.org'] };
  const off = { ...base, ...withSiteActive(base, 'www.gov.cn', false) };
  expect(off.blockedSites).toEqual(['people.com.cn', 'www.gov.cn']);
  expect(isActiveOnHost(off, 'www.gov.cn')).toBe(false);
  // Turning a subdomain back on removes the parent entry that covered it.
  const on = { ...off, ...withSiteActive(off, 'news.people.com.cn', true) };
  expect(on.blockedSites).toEqual(['www.gov.cn']);
  expect(isActiveOnHost(on, 'news.people.com.cn')).toBe(true);
  const allow = { ...base, siteMode: 'allowlist' as const };
  const allowed = { ...allow, ...withSiteActive(allow, 'b.org', true) };
  expect(allowed.allowedSites).toEqual(['a.org', 'b.org']);
  expect(allowed.blockedSites).toEqual(['people.com.cn']);
  expect({ ...allowed, ...withSiteActive(allowed, 'a.org', false) }.allowedSites).toEqual(['b.org']);
});
