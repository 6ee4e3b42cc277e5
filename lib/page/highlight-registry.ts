/**
 * One CSS Custom Highlight per category, registered in CSS.highlights as `tifa-<category>`.
 * Every category's ranges are kept whether the category is on or not, so switching a category is
 * adding or deleting one registry entry: no re-scan, no DOM change. Highlights are registered
 * before they hold ranges, so ranges added later show as they come (a Highlight is live).
 */
import { CATEGORY_IDS, type CategoryId } from '../categories';

/** The parts of the Highlight API used here; a fake in unit tests (happy-dom has none). */
export interface HighlightApi {
  registry: {
    set(name: string, highlight: HighlightLike): unknown;
    delete(name: string): boolean;
    get(name: string): unknown;
  };
  create(): HighlightLike;
}

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}

export const HIGHLIGHT_PREFIX = 'tifa-';

/** The browser's Highlight API, or undefined where it is missing (older browsers): then do nothing. */
export function browserHighlightApi(): HighlightApi | undefined {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return undefined;
  return { registry: CSS.highlights, create: () => new Highlight() };
}

export class HighlightRegistry {
  private readonly highlights = new Map<CategoryId, HighlightLike>();
  private readonly active = new Set<CategoryId>();
  private shown = true;

  constructor(private readonly api: HighlightApi) {
    for (const id of CATEGORY_IDS) this.highlights.set(id, api.create());
  }

  add(category: CategoryId, range: AbstractRange): void {
    this.highlights.get(category)?.add(range);
  }

  delete(category: CategoryId, range: AbstractRange): void {
    this.highlights.get(category)?.delete(range);
  }

  /** Whether a category is switched on (its matches count and can be hovered). */
  isActive(category: CategoryId): boolean {
    return this.active.has(category);
  }

  /** Switch on exactly these categories. */
  setActive(categories: Iterable<CategoryId>): void {
    this.active.clear();
    for (const id of categories) this.active.add(id);
    this.sync();
  }

  /** Show or hide every highlight (the extension or the site switched on or off). */
  setShown(shown: boolean): void {
    this.shown = shown;
    this.sync();
  }

  /** Drop every range (the highlights stay registered, empty). */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  private sync(): void {
    for (const [id, highlight] of this.highlights) {
      const name = HIGHLIGHT_PREFIX + id;
      const registered = this.api.registry.get(name) === highlight;
      const wanted = this.shown && this.active.has(id);
      if (wanted && !registered) this.api.registry.set(name, highlight);
      // Only delete what is ours: the page may register highlights of its own.
      if (!wanted && registered) this.api.registry.delete(name);
    }
  }
}
