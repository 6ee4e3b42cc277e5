import type { CategoryId } from './categories';

/**
 * What a frame holds, as its content script reports it; a tab's is the merge of its frames'
 * (lib/page-summary.ts), which the popup shows.
 */
export interface PageSummary {
  /** Matches in the categories switched on (what the page and the badge show). */
  total: number;
  /** Matches per category, switched on or not (what a category would show). */
  byCategory: Record<CategoryId, number>;
  /** Every category's terms, most frequent first. */
  terms: {
    id: string;
    term: string;
    category: CategoryId;
    count: number;
    /** In a tab's summary: the frame to reveal the term in. */
    frameId?: number;
  }[];
}

/** Messages the popup and the background send to the content script of one frame of a tab. */
export type ContentRequest =
  | { type: 'tifa:get-page-summary' }
  /** Scroll to the next occurrence of the entry in the frame and open its card. */
  | { type: 'tifa:reveal-term'; id: string }
  | { type: 'tifa:next-term' }
  | { type: 'tifa:previous-term' };

/** Where a citation sits in the bundled corpus: what the reader's deep links point at. */
export interface CorpusLocation {
  speech: string;
  paragraph: number;
  sentenceIndex: number;
}

/** Messages a content script sends to the background. */
export type BackgroundRequest =
  /** What the sending frame holds: its total for the toolbar badge, its terms for the popup. */
  | { type: 'tifa:page-count'; summary: PageSummary }
  /** Open the reader at a cited sentence (a page cannot open extension pages itself). */
  | { type: 'tifa:open-reader'; location: CorpusLocation; term?: string };
