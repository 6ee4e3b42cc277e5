import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';
import {
  badgeText,
  highlightSizes,
  openExtensionPage,
  setStoredSettings,
  storedSettings,
  tabIdOf,
  waitForHighlights,
} from './popup-helpers';

// TIFA_SCREENSHOTS=1 also writes the README's screenshots into docs/.
const SCREENSHOTS = process.env.TIFA_SCREENSHOTS === '1';

let session: ExtensionSession;
let fixture: Page;
let tabId: number;
let popup: Page;

beforeAll(async () => {
  session = await launchExtension();
  await setStoredSettings(session, { language: 'en' });
  fixture = await session.newPage('/pages/basic.html');
  await waitForHighlights(fixture);
  tabId = await tabIdOf(session, fixture);
  popup = await openPopup(tabId);
});
afterAll(async () => {
  await session?.close();
});

/** The popup for a tab: popup.html?tab=<id> (a test cannot click the toolbar button). */
async function openPopup(tab: number): Promise<Page> {
  const page = await openExtensionPage(session, `popup.html?tab=${tab}`);
  await page.setViewportSize({ width: 340, height: 720 });
  await page.locator('.tl-popup').waitFor();
  return page;
}

test('the popup shows the page: categories with counts, terms most frequent first', async () => {
  await popup.locator('.tl-popup[data-view="terms"]').waitFor();
  const core = popup.getByTestId('toggle-category-core');
  expect(await core.getAttribute('aria-checked')).toBe('true');
  expect(Number(await core.locator('.tl-switch-detail').textContent())).toBeGreaterThan(0);
  const counts = await popup.locator('.tl-popup-term-count').allTextContents();
  expect(counts.length).toBeGreaterThan(2);
  const numbers = counts.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  const terms = await popup.locator('.tl-popup-term-text').allTextContents();
  expect(terms).toContain('四个意识');
  expect(terms[0]).toBe('四个意识');
  // The badge counts the matches of every frame of the tab (the fixture has one iframe).
  expect(Number(await badgeText(session, tabId))).toBeGreaterThanOrEqual(numbers.reduce((a, b) => a + b, 0));
});

test('switching a category off and on changes the page’s highlights', async () => {
  expect(await highlightSizes(fixture)).toHaveProperty('tifa-core');
  await popup.getByTestId('toggle-category-core').click();
  await fixture.waitForFunction(() => !CSS.highlights.has('tifa-core'));
  expect(await popup.getByTestId('toggle-category-core').getAttribute('aria-checked')).toBe('false');
  // The other categories stay.
  expect(await highlightSizes(fixture)).toHaveProperty('tifa-institution');
  // Terms of a category that is off leave the list.
  await expect.poll(() => popup.locator('.tl-popup-term-text').allTextContents()).not.toContain('四个意识');
  await popup.getByTestId('toggle-category-core').click();
  await fixture.waitForFunction(() => (CSS.highlights.get('tifa-core')?.size ?? 0) > 0);
  await expect.poll(() => popup.locator('.tl-popup-term-text').allTextContents()).toContain('四个意识');
});

test('a term in the list reveals it on the page and opens its card', async () => {
  await popup.locator('.tl-popup-term[data-entry]', { hasText: '三会一课' }).click();
  const card = fixture.locator('tifa-lens-card .tifa-card');
  await card.waitFor({ state: 'visible' });
  expect(await card.locator('.headword').textContent()).toBe('三会一课');
  if (SCREENSHOTS) {
    await fixture.bringToFront();
    await mkdir('docs', { recursive: true });
    const box = await card.boundingBox();
    const height = Math.min(720, Math.ceil((box?.y ?? 0) + (box?.height ?? 600) + 16));
    await fixture.screenshot({ path: 'docs/card.png', clip: { x: 0, y: 0, width: 900, height } });
    await popup.bringToFront();
  }
  await fixture.keyboard.press('Escape');
});

test('switching the site off clears the page and the badge; on brings them back', async () => {
  const site = popup.getByTestId('toggle-site');
  expect(await site.textContent()).toContain('127.0.0.1');
  await site.click();
  await fixture.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('tifa-')));
  await popup.locator('.tl-popup[data-view="site-off"]').waitFor();
  expect(await popup.getByTestId('popup-status').textContent()).toBe('Switched off on 127.0.0.1.');
  expect(await storedSettings(session)).toMatchObject({ blockedSites: ['127.0.0.1'] });
  await expect.poll(() => badgeText(session, tabId)).toBe('');
  await site.click();
  await waitForHighlights(fixture);
  await popup.locator('.tl-popup[data-view="terms"]').waitFor();
  expect(await storedSettings(session)).not.toHaveProperty('blockedSites');
  await expect.poll(async () => Number(await badgeText(session, tabId))).toBeGreaterThan(0);
});

test('the extension switch turns every page off and on', async () => {
  await popup.getByTestId('toggle-extension').click();
  await popup.locator('.tl-popup[data-view="extension-off"]').waitFor();
  await fixture.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('tifa-')));
  await popup.getByTestId('toggle-extension').click();
  await waitForHighlights(fixture);
  await popup.locator('.tl-popup[data-view="terms"]').waitFor();
});

test('settings are kept across a reload of the popup and of the page', async () => {
  await popup.getByTestId('toggle-category-institution').click();
  await fixture.waitForFunction(() => !CSS.highlights.has('tifa-institution'));
  await popup.reload();
  await popup.locator('.tl-popup[data-view="terms"]').waitFor();
  expect(await popup.getByTestId('toggle-category-institution').getAttribute('aria-checked')).toBe('false');
  await fixture.reload();
  await waitForHighlights(fixture);
  const sizes = await highlightSizes(fixture);
  expect(sizes).toHaveProperty('tifa-core');
  expect(sizes).not.toHaveProperty('tifa-institution');
  await popup.getByTestId('toggle-category-institution').click();
  await fixture.waitForFunction(() => CSS.highlights.has('tifa-institution'));
});

test('a page without terms says so', async () => {
  session.server.route('/popup-plain.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>plain</title><p>今天天气很好，我们去公园散步。</p>');
  });
  const plain = await session.newPage('/popup-plain.html');
  const plainTab = await tabIdOf(session, plain);
  const page = await openPopup(plainTab);
  await page.locator('.tl-popup[data-view="no-terms"]').waitFor();
  expect(await page.getByTestId('popup-status').textContent()).toBe('No formulations on this page.');
  expect(await badgeText(session, plainTab)).toBe('');
  await page.close();
  await plain.close();
});

test('a page the extension cannot run on says so', async () => {
  // The extension's own pages are closed to content scripts like browser pages are (and, unlike
  // chrome:// pages, their address is visible to a test without the activeTab grant).
  const own = await openExtensionPage(session, 'options.html');
  const ownTab = await session.serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).at(0)?.id,
    own.url(),
  );
  const page = await openPopup(ownTab as number);
  await page.locator('.tl-popup[data-view="restricted"]').waitFor();
  expect(await page.getByTestId('popup-status').textContent()).toMatch(/cannot run on this page/);
  expect(await page.getByTestId('toggle-site').count()).toBe(0);
  await page.close();
  await own.close();
});

test('the popup follows the language setting', async () => {
  await setStoredSettings(session, { language: 'zh_TW' });
  await expect.poll(() => popup.locator('.tl-popup-title').textContent()).toBe('提法透鏡');
  expect(await popup.getByTestId('toggle-site').textContent()).toBe('在 127.0.0.1 上啟用');
  await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  await setStoredSettings(session, { language: 'zh_CN' });
  await expect.poll(() => popup.locator('.tl-popup-title').textContent()).toBe('提法透镜');
  if (SCREENSHOTS) {
    await popup.locator('.tl-popup[data-view="terms"]').waitFor();
    await popup.mouse.move(0, 0);
    const height = await popup.evaluate(() => document.body.scrollHeight);
    await popup.screenshot({ path: 'docs/popup.png', clip: { x: 0, y: 0, width: 340, height } });
  }
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});
