// Helpers shared by the popup, options and reader end-to-end tests.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** Replaces what the user changed (storage.sync 'settings', as lib/settings.ts stores it). */
export async function setStoredSettings(session: ExtensionSession, settings: Record<string, unknown>) {
  await session.serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

export async function storedSettings(session: ExtensionSession): Promise<unknown> {
  return session.serviceWorker.evaluate(
    async () => (await chrome.storage.sync.get('settings')).settings ?? {},
  );
}

/** Our highlight names registered on a page, each with its number of ranges. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('tifa-')) sizes[name] = highlight.size;
    return sizes;
  });
}

export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('tifa-') && highlight.size > 0) return true;
    return false;
  });
}

/**
 * The tab id of a fixture page. Without the "tabs" permission the extension sees no web page's
 * address, so it is found in the background's table of match counts, which records the address each
 * content script reported (the same table the popup falls back on).
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = await session.serviceWorker.evaluate(async (wanted) => {
      const { tabCounts = {} } = (await chrome.storage.session.get('tabCounts')) as {
        tabCounts?: Record<string, { url?: string }>;
      };
      const found = Object.entries(tabCounts).find(([, counts]) => counts.url === wanted);
      return found ? Number(found[0]) : undefined;
    }, url);
    if (id !== undefined) return id;
    await page.waitForTimeout(100);
  }
  throw new Error(`no tab reported ${url}`);
}

export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}
