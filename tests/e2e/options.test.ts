import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';
import { openExtensionPage, setStoredSettings, storedSettings } from './popup-helpers';

let session: ExtensionSession;
let options: Page;

const CURRENT = {
  language: 'en',
  theme: 'dark',
  categories: { idiom: false },
  blockedSites: ['example.com'],
};

beforeAll(async () => {
  session = await launchExtension();
  options = await openExtensionPage(session, 'options.html');
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await options.emulateMedia({ colorScheme: 'light' });
  await setStoredSettings(session, CURRENT);
  await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

async function importFile(name: string, text: string) {
  await options
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // The message names the file, so an earlier import's message is not taken for this one's.
  const result = options.getByTestId('import-result').filter({ hasText: name });
  await result.waitFor();
  return result;
}

test('a malformed file is refused with what is wrong, and the settings stay', async () => {
  const result = await importFile('broken.json', '{"format": "tifa-lens-settings", "version": 2,');
  expect(await result.getAttribute('role')).toBe('alert');
  expect(await result.textContent()).toContain('“broken.json” was not imported; your settings are unchanged');
  expect(await result.textContent()).toContain('Not valid JSON');
  expect(await storedSettings(session)).toEqual(CURRENT);
});

test('a foreign file is refused', async () => {
  const result = await importFile('package.json', JSON.stringify({ name: 'x', version: '1.0.0' }));
  expect(await result.textContent()).toContain('not a settings file exported by Tifa Lens');
  expect(await storedSettings(session)).toEqual(CURRENT);
});

test('wrong types and an unknown category are refused with their paths', async () => {
  const file = {
    format: 'tifa-lens-settings',
    version: 2,
    settings: { theme: 'purple', showEnglish: 'yes', categories: { sports: false } },
  };
  const result = await importFile('bad.json', JSON.stringify(file));
  const problems = await result.locator('li').allTextContents();
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^settings\.theme: expected .*"dark".*, got "purple"\.$/),
      'settings.showEnglish: expected boolean, got "yes".',
      'settings.categories.sports: there is no category “sports”.',
    ]),
  );
  expect(await storedSettings(session)).toEqual(CURRENT);
});

test('export writes a file that imports back; a good import replaces the settings', async () => {
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tifa-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await file.path()) as string, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'tifa-lens-settings', version: 2, settings: CURRENT });

  await setStoredSettings(session, {});
  await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  const result = await importFile('back.json', text);
  expect(await result.getAttribute('role')).toBe('status');
  expect(await storedSettings(session)).toEqual(CURRENT);
});

test('a settings file of version 1 is migrated on import', async () => {
  const v1 = await readFile('tests/fixtures/settings/export-v1.json', 'utf8');
  await importFile('v1.json', v1);
  expect(await storedSettings(session)).toEqual({
    blockedSites: ['www.xinhuanet.com', 'people.com.cn'],
    categories: { meeting: false },
    theme: 'dark',
  });
});

test('sites: add one (an address is cut to its host), refuse junk, remove, keep each mode’s list', async () => {
  const input = options.getByPlaceholder('e.g. www.people.com.cn');
  await input.fill('https://www.Xinhuanet.com/politics/');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect
    .poll(() => options.getByTestId('site-list').locator('li').allTextContents())
    .toEqual(['example.com×', 'www.xinhuanet.com×']);
  await input.fill('not a site');
  await options.getByRole('button', { name: 'Add' }).click();
  expect(await options.getByRole('alert').textContent()).toBe('“not a site” is not a site address.');
  await options.getByRole('button', { name: 'Remove example.com' }).click();
  await expect
    .poll(async () => (await storedSettings(session)) as object)
    .toMatchObject({
      blockedSites: ['www.xinhuanet.com'],
    });
  // The allowlist has its own list; switching back finds the blocklist as it was.
  await options.getByLabel('On only on these sites').check();
  await options.getByText('The list is empty.').waitFor();
  await options.getByLabel('On everywhere except these sites').check();
  await options.getByText('www.xinhuanet.com').waitFor();
});

test('the shortcuts in use and where to change them', async () => {
  const next = options.locator('tr[data-command="next-term"]');
  await next.waitFor();
  expect(await next.locator('kbd').textContent()).toBe('Alt+Shift+J');
  expect(await options.locator('.tl-code').textContent()).toBe('chrome://extensions/shortcuts');
});

test('the theme: "automatic" follows the system’s preference, a choice overrides it', async () => {
  const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const theme = () => options.evaluate(() => document.documentElement.dataset.theme);
  // The stored choice is dark and the system light: each step below changes what the page shows.
  await options.getByLabel('Automatic (follows the page or system)').check();
  await expect.poll(theme).toBe('light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await options.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(theme).toBe('dark');
  expect(await background()).toBe('rgb(24, 25, 27)');
  await options.emulateMedia({ colorScheme: 'light' });
  await options.getByLabel('Dark', { exact: true }).check();
  await expect.poll(background).toBe('rgb(24, 25, 27)');
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.getByLabel('Light', { exact: true }).check();
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  expect(await storedSettings(session)).toMatchObject({ theme: 'light' });
  // Before the settings are read (no data-theme yet) the CSS follows the system: no white flash.
  await options.evaluate(() => delete document.documentElement.dataset.theme);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(24, 25, 27)');
  await options.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('the language override and reset', async () => {
  await options.getByLabel('Language').selectOption('zh_TW');
  await options.getByRole('heading', { name: '提法透鏡設定' }).waitFor();
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  await options.getByTestId('reset').click();
  await options.getByTestId('reset-confirm').click();
  await expect.poll(() => storedSettings(session)).toEqual({});
  await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});
