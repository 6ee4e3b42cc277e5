import type { PageSummary } from '../messages';
import { compareTerms } from '../page-summary';
import { isActiveOnHost, type Settings } from '../settings';
import type { PageAccess } from './page-access';

/** What the popup shows in its main area, from the settings and what the tab answered. */
export type PopupView =
  | { kind: 'extension-off' }
  | { kind: 'restricted' }
  | { kind: 'site-off'; host: string; mode: Settings['siteMode'] }
  /** The tab did not answer: a page loaded before the extension was installed, or file: without access. */
  | { kind: 'no-response' }
  | { kind: 'loading' }
  | { kind: 'no-terms' }
  | { kind: 'terms'; summary: PageSummary };

/** The tab's answer: a summary, an error (no content script), or nothing yet. */
export type SummaryAnswer = PageSummary | 'error' | undefined;

export function popupView({
  settings,
  access,
  host,
  answer,
}: {
  settings: Settings;
  access: PageAccess;
  host: string | undefined;
  answer: SummaryAnswer;
}): PopupView {
  if (!settings.enabled) return { kind: 'extension-off' };
  if (access === 'restricted') return { kind: 'restricted' };
  if (host !== undefined && !isActiveOnHost(settings, host)) {
    return { kind: 'site-off', host, mode: settings.siteMode };
  }
  if (answer === 'error') return { kind: 'no-response' };
  if (answer === undefined) return { kind: 'loading' };
  if (answer.total === 0 || answer.terms.length === 0) return { kind: 'no-terms' };
  return { kind: 'terms', summary: answer };
}

/** The page's terms, most frequent first (then in headword order, so the list does not jump). */
export function sortedTerms(summary: PageSummary): PageSummary['terms'] {
  return [...summary.terms].sort(compareTerms);
}
