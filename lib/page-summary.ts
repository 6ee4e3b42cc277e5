/**
 * Page summaries (what a frame holds, lib/messages.ts): their order, their validation, and one for a
 * whole tab from those of its frames. Pure: the content script, the background and the popup share it.
 */
import { CATEGORY_IDS } from './categories';
import type { PageSummary } from './messages';

type SummaryTerm = PageSummary['terms'][number];

// One collator for every comparison (localeCompare with a locale builds one per call), made when
// first needed, not in every frame at load.
let collator: Intl.Collator | undefined;

/** Most frequent first, then in headword order, so that a list does not jump between updates. */
export function compareTerms(a: SummaryTerm, b: SummaryTerm): number {
  collator ??= new Intl.Collator('zh');
  return b.count - a.count || collator.compare(a.term, b.term);
}

/**
 * The summary of a tab from those of its frames (by frame id): counts add up, and each term names
 * the frame to reveal it in, the top frame (0) when it holds the term, else the lowest id that does.
 */
export function mergeSummaries(frames: Record<string, PageSummary>): PageSummary {
  const byCategory = emptyCounts();
  const terms = new Map<string, SummaryTerm>();
  let total = 0;
  const frameIds = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);
  for (const frameId of frameIds) {
    const summary = frames[frameId];
    total += summary.total;
    for (const id of CATEGORY_IDS) byCategory[id] += summary.byCategory[id];
    for (const term of summary.terms) {
      const seen = terms.get(term.id);
      if (seen) seen.count += term.count;
      else terms.set(term.id, { ...term, frameId });
    }
  }
  return { total, byCategory, terms: [...terms.values()].sort(compareTerms) };
}

/** Zero for every category. */
export function emptyCounts(): PageSummary['byCategory'] {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as PageSummary['byCategory'];
}

/** A well-formed PageSummary, whatever a frame sent. */
export function isPageSummary(value: unknown): value is PageSummary {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<PageSummary>;
  return (
    typeof s.total === 'number' &&
    typeof s.byCategory === 'object' &&
    s.byCategory !== null &&
    CATEGORY_IDS.every((id) => typeof (s.byCategory as Record<string, unknown>)[id] === 'number') &&
    Array.isArray(s.terms) &&
    s.terms.every(
      (t) => typeof t?.id === 'string' && typeof t.term === 'string' && typeof t.count === 'number',
    )
  );
}
