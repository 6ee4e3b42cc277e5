import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import { type ExtensionSession, launchExtension } from './harness';
import { openExtensionPage, setStoredSettings, tabIdOf, waitForHighlights } from './popup-helpers';

// TIFA_SCREENSHOTS=1 also writes the README's screenshot of the reader into docs/.
const SCREENSHOTS = process.env.TIFA_SCREENSHOTS === '1';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await setStoredSettings(session, { language: 'en' });
});
afterAll(async () => {
  await session?.close();
});

async function openReader(hash = ''): Promise<Page> {
  const page = await openExtensionPage(session, `reader.html${hash}`);
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.locator('.tl-reader').waitFor();
  return page;
}

/** Whether an element's box is inside the viewport. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < innerHeight;
  });
}

test('a card’s “read in the speech” opens the reader at the cited sentence, marked', async () => {
  const fixture = await session.newPage('/pages/basic.html');
  await waitForHighlights(fixture);
  const tabId = await tabIdOf(session, fixture);
  const summary = (await session.serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'tifa:get-page-summary' }, { frameId: 0 }),
    tabId,
  )) as PageSummary;
  const entry = summary.terms.find((t) => t.term === '四个意识');
  expect(entry).toBeDefined();
  await session.serviceWorker.evaluate(
    ([id, term]) => chrome.tabs.sendMessage(id, { type: 'tifa:reveal-term', id: term }, { frameId: 0 }),
    [tabId, entry?.id ?? ''] as const,
  );
  const card = fixture.locator('tifa-lens-card .tifa-card');
  await card.waitFor({ state: 'visible' });
  const quote = card.locator('.quote-item').first();
  const sentence = await quote.locator('blockquote').textContent();
  const opened = session.context.waitForEvent('page');
  await quote.locator('button.read').click();
  const reader = await opened;
  await reader.locator('.tl-cited').waitFor();
  const url = new URL(reader.url());
  expect(url.pathname).toBe('/reader.html');
  expect(url.hash).toMatch(/^#speech=[a-z0-9-]+&p=\d+&s=\d+&term=/);
  expect(await reader.locator('.tl-cited').textContent()).toBe(sentence);
  expect(await reader.locator('.tl-cited').textContent()).toContain('四个意识');
  expect(await inViewport(reader, '.tl-cited')).toBe(true);
  // The cited sentence has the focus, so a screen reader starts there.
  expect(await reader.evaluate(() => document.activeElement?.classList.contains('tl-cited'))).toBe(true);
  await reader.close();
  await fixture.close();
});

test('a deep link opens a speech scrolled to the sentence; the terms are highlighted by category', async () => {
  const glossary = await openReader('#term=liang-ge-weihu');
  const quote = glossary.locator('[data-entry-item] .quote-item').last();
  await quote.waitFor();
  const speech = await quote.evaluate((el) => el.closest('[data-speech]')?.getAttribute('data-speech'));
  const paragraph = await quote.getAttribute('data-paragraph');
  const sentenceIndex = await quote.getAttribute('data-sentence');
  const text = await quote.locator('blockquote').textContent();
  await glossary.close();

  const reader = await openReader(`#speech=${speech}&p=${paragraph}&s=${sentenceIndex}`);
  await reader.locator('.tl-cited').waitFor();
  expect(await reader.locator('.tl-cited').textContent()).toBe(text);
  expect(await inViewport(reader, '.tl-cited')).toBe(true);
  const sizes = await reader.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) out[name] = h.size;
    return out;
  });
  expect(Object.keys(sizes).length).toBeGreaterThan(2);
  expect(Object.keys(sizes).every((name) => name.startsWith('tifa-'))).toBe(true);
  expect(await reader.locator('.tl-term').count()).toBe(Object.values(sizes).reduce((a, b) => a + b, 0));
  // Hiding a category in the reader unregisters its highlight.
  const first = Object.keys(sizes)[0].replace('tifa-', '');
  await reader.getByTestId(`reader-category-${first}`).click();
  await reader.waitForFunction((name) => !CSS.highlights.has(name), `tifa-${first}`);
  await reader.close();
});

test('hovering a term in a speech shows its card; the keyboard alone opens and closes it', async () => {
  const reader = await openReader();
  const speechLinks = await reader
    .locator('[data-speech-link]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-speech-link')));
  expect(speechLinks).toHaveLength(6);
  await reader.locator(`[data-speech-link="${speechLinks[0]}"]`).click();
  const term = reader.locator('.tl-term').first();
  await term.waitFor();
  const headword = await term.textContent();
  await term.hover();
  const card = reader.getByTestId('reader-card');
  await card.waitFor({ state: 'visible' });
  const entryId = await term.getAttribute('data-entry');
  expect(await card.locator('.tifa-card').getAttribute('data-entry')).toBe(entryId);
  await reader.mouse.move(5, 5);
  await card.waitFor({ state: 'detached' });

  // Tab to a term, Enter opens the card as a focused dialog, Escape returns to the term.
  await term.focus();
  await reader.keyboard.press('Enter');
  await card.waitFor({ state: 'visible' });
  // The card takes the focus once it has rendered.
  await expect.poll(() => reader.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
  expect(await card.locator('.headword').textContent()).toBeTruthy();
  await reader.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(headword);
  await reader.keyboard.press('Tab');
  expect(await reader.evaluate(() => document.activeElement?.classList.contains('tl-term'))).toBe(true);
  await reader.keyboard.press(' ');
  await card.waitFor({ state: 'visible' });
  await reader.keyboard.press('Escape');
  await reader.close();
});

test('the glossary searches Chinese (simplified or traditional), pinyin without tones and English', async () => {
  const reader = await openReader();
  const search = reader.getByTestId('glossary-search');
  const firstHeadword = () => reader.locator('.tl-glossary-item .headword').first().textContent();
  const all = await reader.locator('.tl-glossary-item').count();
  expect(all).toBeGreaterThan(100);
  await search.fill('兩個確立');
  await expect.poll(firstHeadword).toBe('两个确立');
  await search.fill('sigeyishi');
  await expect.poll(firstHeadword).toBe('四个意识');
  await search.fill('si ge yi shi');
  await expect.poll(firstHeadword).toBe('四个意识');
  await search.fill('Four Consciousnesses');
  await expect.poll(firstHeadword).toBe('四个意识');
  await search.fill('');
  await reader.getByTestId('glossary-category').selectOption('idiom');
  await expect.poll(() => reader.locator('.tl-glossary-item').count()).toBeLessThan(all);
  const chips = await reader
    .locator('.tl-glossary-item .chip')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
  expect(new Set(chips)).toEqual(new Set(['idiom']));
  await search.fill('zzzqqq');
  expect(await reader.getByTestId('glossary-count').textContent()).toBe('No formulation matches.');
  await reader.close();
});

test('the keyboard alone: skip to the content, search, and follow a citation into its speech', async () => {
  const reader = await openReader();
  const focused = () => reader.evaluate(() => document.activeElement?.className ?? '');
  await reader.keyboard.press('Tab');
  expect(await focused()).toBe('tl-skip');
  expect(await reader.locator('.tl-skip').isVisible()).toBe(true);
  expect(await reader.locator('.tl-skip').textContent()).toBe('Skip to content');
  await reader.keyboard.press('Enter');
  expect(await reader.evaluate(() => document.activeElement?.id)).toBe('tl-main');
  await reader.keyboard.press('Tab');
  expect(await reader.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'glossary-search',
  );
  await reader.keyboard.type('yi gang shuang ze');
  await expect
    .poll(() => reader.locator('.tl-glossary-item .headword').first().textContent())
    .toBe('一岗双责');
  // On through the category filter and the first citation's copy button to its "read in the speech".
  for (let i = 0; i < 5 && !(await focused()).includes('read'); i++) await reader.keyboard.press('Tab');
  expect(await focused()).toContain('read');
  await reader.keyboard.press('Enter');
  await reader.locator('.tl-cited').waitFor();
  expect(await reader.evaluate(() => document.activeElement?.classList.contains('tl-cited'))).toBe(true);
  expect(await reader.locator('.tl-cited').textContent()).toContain('一岗双责');
  await reader.close();
});

test('light and dark themes', async () => {
  await setStoredSettings(session, { language: 'zh_CN', theme: 'dark' });
  const reader = await openReader('#speech=x');
  await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(24, 25, 27)',
  );
  expect(await reader.locator('.tl-message').textContent()).toBe('找不到这篇讲话。');
  await setStoredSettings(session, { language: 'zh_CN', theme: 'light' });
  await expect
    .poll(() => reader.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(255, 255, 255)');
  if (SCREENSHOTS) {
    const first = await reader.locator('[data-speech-link]').nth(1).getAttribute('data-speech-link');
    await reader.locator(`[data-speech-link="${first}"]`).click();
    const term = reader.locator('.tl-term').nth(3);
    await term.hover();
    await reader.getByTestId('reader-card').waitFor({ state: 'visible' });
    await mkdir('docs', { recursive: true });
    await reader.screenshot({ path: 'docs/reader.png' });
  }
  await reader.close();
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});
