import type { CategoryId } from './categories';

/** What a page holds, as the content script of its top frame reports it (frames included). */
export interface PageSummary {
  total: number;
  byCategory: Record<CategoryId, number>;
  /** Most frequent first. */
  terms: { id: string; term: string; category: CategoryId; count: number }[];
}

/** Messages the popup and the background send to a tab's content script. */
export type ContentRequest =
  | { type: 'tifa:get-page-summary' }
  /** Scroll to the next occurrence of the entry and open its card. */
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
  /** The number of matches in the sending frame, for the toolbar badge. */
  | { type: 'tifa:page-count'; total: number }
  /** Open the reader at a cited sentence (a page cannot open extension pages itself). */
  | { type: 'tifa:open-reader'; location: CorpusLocation; term?: string };
