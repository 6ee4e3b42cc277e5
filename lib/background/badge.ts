import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BackgroundRequest, PageSummary } from '../messages';
import { isPageSummary } from '../page-summary';
import { getSettings, isActiveOnHost, type Settings, watchSettings } from '../settings';

/**
 * The toolbar badge: the number of matches in a tab, summed over its frames (each frame's content
 * script reports its own summary with 'tifa:page-count'). Nothing when zero, or when the extension or
 * the tab's site is off. The popup reads the same table for the terms of the tab's frames.
 */

/** What is known about one tab, from the reports of its frames. */
export interface TabCounts {
  /** The top frame's document (Chrome's documentId, else its URL): a new one means a new page. */
  document?: string;
  /** The top frame's address as the runtime reported it (sender.url needs no permission). */
  url?: string;
  /** What each frame holds, by frame id. */
  frames: Record<string, PageSummary>;
  /**
   * Frames that reported since the tab started loading: if the top frame then reports a new page,
   * they belong to it (a frame may finish before the top one), and the other frames to the old one.
   */
  loadingFrames?: string[];
  /**
   * The tab started loading since the last report: the counts may describe a page it has left
   * (and which a browser page, sending no report, never replaces).
   */
  stale?: boolean;
}

export type TabTable = Record<string, TabCounts>;

export interface PageCountReport {
  tabId: number;
  frameId: number;
  summary: PageSummary;
  /** sender.documentId (Chrome) or undefined (Firefox). */
  documentId?: string;
  url?: string;
}

// storage.session outlives the service worker (which the browser stops when idle) but not the
// browser, like the tabs it describes; extension pages (the popup) may read it, content scripts not.
export const TAB_COUNTS_KEY = 'session:tabCounts' as const;

/** The table after one frame's report: a new top-frame document drops the old page's frames. */
export function applyPageCount(table: TabTable, report: PageCountReport): TabTable {
  const key = String(report.tabId);
  const frameId = String(report.frameId);
  const { stale: _reported, loadingFrames, ...counts } = table[key] ?? { frames: {} };
  let next: TabCounts = counts;
  if (report.frameId === 0) {
    const document = report.documentId ?? report.url;
    let { frames } = counts;
    if (counts.document !== undefined && document !== undefined && counts.document !== document) {
      frames = Object.fromEntries((loadingFrames ?? []).map((id) => [id, counts.frames[id]]));
    }
    next = { frames, document, url: report.url ?? counts.url };
  } else if (loadingFrames) {
    next = { ...counts, loadingFrames: [...new Set([...loadingFrames, frameId])] };
  }
  return { ...table, [key]: { ...next, frames: { ...next.frames, [frameId]: report.summary } } };
}

/** The table after a tab started loading something. */
export function markStale(table: TabTable, tabId: number): TabTable {
  const key = String(tabId);
  const counts = table[key];
  return counts ? { ...table, [key]: { ...counts, stale: true, loadingFrames: [] } } : table;
}

export function tabTotal(counts: TabCounts | undefined): number {
  if (!counts) return 0;
  return Object.values(counts.frames).reduce((sum, summary) => sum + summary.total, 0);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The badge text for a tab: the total (999+ beyond three digits, which is what fits), or nothing. */
export function badgeText(counts: TabCounts | undefined, settings: Settings): string {
  if (!settings.enabled) return '';
  const host = hostOf(counts?.url);
  if (host !== undefined && !isActiveOnHost(settings, host)) return '';
  const total = tabTotal(counts);
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

async function reportedTab(tabId: number): Promise<TabCounts | undefined> {
  const table = (await storage.getItem<TabTable>(TAB_COUNTS_KEY)) ?? {};
  return table[String(tabId)];
}

/** The top frame's address the background last heard from a tab (the popup's fallback for its URL). */
export async function reportedTabUrl(tabId: number): Promise<string | undefined> {
  return (await reportedTab(tabId))?.url;
}

/** What each frame of a tab last reported, by frame id (the popup merges them). */
export async function reportedFrames(tabId: number): Promise<Record<string, PageSummary>> {
  return (await reportedTab(tabId))?.frames ?? {};
}

// Reports from several frames arrive together: read-modify-write them one at a time.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function updateTable(change: (table: TabTable) => TabTable): Promise<TabTable> {
  return serialized(async () => {
    const next = change((await storage.getItem<TabTable>(TAB_COUNTS_KEY)) ?? {});
    await storage.setItem(TAB_COUNTS_KEY, next);
    return next;
  });
}

async function showBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed in the meantime.
  }
}

export function isPageCount(
  message: unknown,
): message is Extract<BackgroundRequest, { type: 'tifa:page-count' }> {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tifa:page-count' &&
    isPageSummary((message as { summary?: unknown }).summary)
  );
}

export function setupBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#3a3f4b' });
  browser.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => undefined);

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isPageCount(message)) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return;
    void (async () => {
      const table = await updateTable((t) =>
        applyPageCount(t, {
          tabId,
          frameId: sender.frameId ?? 0,
          summary: message.summary,
          documentId: sender.documentId,
          url: sender.frameId === 0 ? sender.url : undefined,
        }),
      );
      await showBadge(tabId, badgeText(table[String(tabId)], await getSettings()));
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void updateTable((table) => {
      const { [String(tabId)]: _closed, ...rest } = table;
      return rest;
    });
  });

  // Chrome resets a tab's badge when it navigates; the table follows when the new page reports (a
  // new top document), but a browser page never reports, so mark the entry until one does.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void updateTable((table) => markStale(table, tabId));
  });

  // Switching the extension or a site off or on updates the badges at once (the content scripts
  // report only changes, and not faster than twice a second). Numbers only from fresh entries.
  watchSettings((settings) => {
    void (async () => {
      const table = (await storage.getItem<TabTable>(TAB_COUNTS_KEY)) ?? {};
      for (const [tabId, counts] of Object.entries(table)) {
        const text = badgeText(counts, settings);
        if (text === '' || !counts.stale) await showBadge(Number(tabId), text);
      }
    })();
  });
}
