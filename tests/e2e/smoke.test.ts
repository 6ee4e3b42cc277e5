import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

test('the built extension loads, its service worker starts, and a page with 四个意识 loads cleanly', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await session.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);

  const page = await session.newPage('/smoke.html');
  expect(await page.locator('p').textContent()).toContain('四个意识');
  await page.waitForLoadState('networkidle');
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});
