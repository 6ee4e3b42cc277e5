/**
 * The page side of the settings: on or off, which categories, Traditional or not. It owns the match
 * store and the highlighter and changes only what a setting needs: a category is one registry
 * entry, Traditional needs a new scan, off removes everything and stops the observers.
 */
import { CATEGORY_IDS, type CategoryId } from '../categories';
import { browserHighlightApi, type HighlightApi, HighlightRegistry } from './highlight-registry';
import { type HighlighterStats, type Milestone, PageHighlighter } from './page-highlighter';
import { MatchStore, type PageMatchIndex, type ScannedMatch } from './page-index';
import { everythingNear, intersectionTracker, type ViewportTracker } from './viewport-tracker';

export interface PageSettings {
  /** The extension is on and this site is not switched off. */
  active: boolean;
  categories: Record<CategoryId, boolean>;
  traditional: boolean;
}

export interface PageControllerOptions {
  document: Document;
  /** A scanner for the given Traditional setting (built once per setting). */
  scannerFor(traditional: boolean): (text: string) => ScannedMatch[];
  onMilestone?(milestone: Milestone, stats: HighlighterStats): void;
  /** The Highlight API to use; the browser's by default. */
  highlightApi?: HighlightApi;
  /** What is near the viewport; an IntersectionObserver by default. */
  tracker?: ViewportTracker;
}

export interface PageController {
  readonly index: PageMatchIndex;
  apply(settings: PageSettings): void;
  destroy(): void;
}

/** Undefined where the browser lacks the CSS Custom Highlight API: then the page is left alone. */
export function createPageController(options: PageControllerOptions): PageController | undefined {
  const api = options.highlightApi ?? browserHighlightApi();
  if (!api) return undefined;
  const tracker =
    options.tracker ??
    (typeof IntersectionObserver === 'function' ? intersectionTracker(options.document) : everythingNear);
  const store = new MatchStore(new HighlightRegistry(api), tracker);
  let highlighter: PageHighlighter | undefined;
  let traditional: boolean | undefined;

  const stop = () => {
    highlighter?.stop();
    highlighter = undefined;
  };

  return {
    index: store,
    apply(settings) {
      store.setActiveCategories(CATEGORY_IDS.filter((id) => settings.categories[id]));
      if (!settings.active) {
        stop();
        return;
      }
      if (highlighter && traditional === settings.traditional) return;
      stop();
      traditional = settings.traditional;
      highlighter = new PageHighlighter({
        document: options.document,
        store,
        scanText: options.scannerFor(settings.traditional),
        onMilestone: options.onMilestone,
      });
      highlighter.start();
    },
    destroy() {
      stop();
      tracker.disconnect();
    },
  };
}
