/**
 * Whether a content script can run on a tab's page at all. Browsers keep extensions out of their
 * own pages and of the extension stores; the popup says so instead of waiting for an answer.
 */
const RESTRICTED_HOSTS = [
  'chrome.google.com', // the old Chrome Web Store lives under /webstore
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
];

export type PageAccess = 'web' | 'restricted' | 'unknown';

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    const host = parsed.hostname;
    if (host === 'chrome.google.com') return parsed.pathname.startsWith('/webstore') ? 'restricted' : 'web';
    return RESTRICTED_HOSTS.includes(host) ? 'restricted' : 'web';
  }
  // file: pages run only when the user allowed file access; the message round trip decides.
  if (parsed.protocol === 'file:') return 'web';
  // chrome:, edge:, about:, view-source:, chrome-extension:, moz-extension:, data:, devtools: …
  return 'restricted';
}

/** The host a site toggle names, or undefined for pages that have none (file:, browser pages). */
export function siteHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}
