import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDictionary } from '../../lib/dictionary-runtime';
import { scan } from '../../lib/matcher';
import type { BackgroundRequest, ContentRequest } from '../../lib/messages';
import { type CardController, mountCard } from '../../lib/page/card-controller';
import { createPageController, type PageController } from '../../lib/page/page-controller';
import type { ScannedMatch } from '../../lib/page/page-index';
import { getSettings, isActiveOnHost, type Settings, watchSettings } from '../../lib/settings';

/**
 * The content script's wiring: settings → page controller (highlights) → card, and the messages
 * of the popup and the background. Each frame runs its own.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const page = createPageController({
    document,
    scannerFor,
    // Timing marks for `npm run bench:page`: two entries per page load, nothing else.
    onMilestone: (milestone, stats) => performance.mark(`tifa:${milestone}`, { detail: stats }),
  });
  // No CSS Custom Highlight API (an old browser): leave the page alone.
  if (!page) return;
  // While the page is still loading: read the settings and, if we are on here, decode the
  // dictionary, so that both are ready when the document is (frames where we are off never do).
  const stored = getSettings().then((read) => {
    if (isActiveOnHost(read, topHost())) loadDictionary();
    return read;
  });
  await documentParsed();
  let settings = await stored;
  if (!ctx.isValid) return;
  const card = new CardSlot(ctx, page, () => settings);
  const apply = (next: Settings) => {
    settings = next;
    const active = isActiveOnHost(next, topHost());
    page.apply({ active, categories: next.categories, traditional: next.matchTraditional });
    card.setActive(active);
  };
  apply(settings);
  const unwatch = watchSettings(apply);
  const stopReports = reportSummary(page);
  browser.runtime.onMessage.addListener(onRequest);
  ctx.onInvalidated(() => {
    unwatch();
    stopReports();
    browser.runtime.onMessage.removeListener(onRequest);
    card.setActive(false);
    page.destroy();
  });

  // The popup and the background address one frame (the top one, or the one holding a term), so
  // every frame answers for itself.
  function onRequest(message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) {
    const request = message as ContentRequest;
    switch (request?.type) {
      case 'tifa:get-page-summary':
        sendResponse(page?.index.summary());
        return;
      case 'tifa:reveal-term':
        sendResponse(card.controller?.reveal(request.id) ?? false);
        return;
      case 'tifa:next-term':
        sendResponse(card.controller?.next() ?? false);
        return;
      case 'tifa:previous-term':
        sendResponse(card.controller?.previous() ?? false);
        return;
    }
  }
}

/** Resolves at DOMContentLoaded (in its dispatch), or at once when the document is already parsed. */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** The card exists while the page is highlighted. */
class CardSlot {
  controller?: CardController;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: PageController,
    private readonly settings: () => Settings,
  ) {}

  setActive(active: boolean): void {
    if (active && !this.controller) {
      this.controller = mountCard({ ctx: this.ctx, index: this.page.index, getSettings: this.settings });
    } else if (!active && this.controller) {
      this.controller.destroy();
      this.controller = undefined;
    }
  }
}

const scanners = new Map<boolean, (text: string) => ScannedMatch[]>();

function scannerFor(traditional: boolean): (text: string) => ScannedMatch[] {
  let scanner = scanners.get(traditional);
  if (!scanner) {
    const { automaton, entryOf } = loadDictionary();
    scanner = (text) => {
      const found: ScannedMatch[] = [];
      for (const match of scan(automaton, text, { traditional })) {
        const entry = entryOf(match.pattern);
        // No entry: a blocked phrase (第一责任人) that won over the term inside it; drop it.
        if (entry) found.push({ start: match.start, end: match.end, entry });
      }
      return found;
    };
    scanners.set(traditional, scanner);
  }
  return scanner;
}

/**
 * The site the user sees: a frame follows its tab's address, so switching a site off switches off
 * the frames it embeds. ancestorOrigins (Chromium) names it even across origins.
 */
function topHost(): string {
  const origins = location.ancestorOrigins;
  if (window !== window.top && origins && origins.length > 0) {
    try {
      return new URL(origins[origins.length - 1]).hostname;
    } catch {
      // An opaque origin: fall back to the frame's own.
    }
  }
  return location.hostname;
}

/**
 * Each frame reports what it holds to the background, at most twice a second and only when it
 * changed: the badge sums the frames' totals, the popup merges their terms.
 */
function reportSummary(page: PageController): () => void {
  let sent: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const summary = page.index.summary();
    const json = JSON.stringify(summary);
    if (json === sent) return;
    sent = json;
    const request: BackgroundRequest = { type: 'tifa:page-count', summary };
    // The background may be restarting; the next change reports again.
    browser.runtime.sendMessage(request).catch(() => {});
  };
  const unsubscribe = page.index.onChange(() => {
    timer ??= setTimeout(send, 500);
  });
  timer = setTimeout(send, 500);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
