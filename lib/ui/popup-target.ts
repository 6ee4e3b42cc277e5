import { browser } from 'wxt/browser';
import { reportedTabUrl } from '../background/badge';

export interface PopupTarget {
  tabId: number | undefined;
  url: string | undefined;
}

/**
 * The tab the popup controls. Normally the active tab of the popup's window, whose address the
 * `activeTab` permission reveals because the user clicked the toolbar button.
 *
 * `popup.html?tab=<id>` names the tab instead: the end-to-end tests open the popup as an ordinary
 * extension page, since a test cannot click the toolbar. It is harmless in production: only the
 * extension and the user can open its pages (none is web-accessible), and the popup can do nothing
 * to the named tab that it could not do to the active one. Without activeTab (a test, or a tab named
 * this way) the address comes from the tab's own content script, which reported it to the
 * background with its match count.
 */
export async function findPopupTarget(search: string): Promise<PopupTarget> {
  const named = new URLSearchParams(search).get('tab');
  let tab: { id?: number; url?: string; pendingUrl?: string } | undefined;
  if (named !== null && /^\d+$/.test(named)) {
    tab = await browser.tabs.get(Number(named)).catch(() => undefined);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  if (tab?.id === undefined) return { tabId: undefined, url: undefined };
  const url = tab.url || tab.pendingUrl || (await reportedTabUrl(tab.id));
  return { tabId: tab.id, url };
}
