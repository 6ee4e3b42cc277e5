import type { CorpusLocation } from '../messages';

/**
 * The reader's address fragment: `#speech=<id>&p=<paragraph>&s=<sentenceIndex>[&term=<term>]`
 * opens a speech at a cited sentence; `#term=<entry id>` or `#q=<query>` the glossary.
 */
export type ReaderView =
  | { view: 'glossary'; entry?: string; query?: string; category?: string }
  | { view: 'speech'; speech: string; paragraph?: number; sentenceIndex?: number; term?: string };

export const READER_PATH = '/reader.html';

export function readerHash(view: ReaderView): string {
  const params = new URLSearchParams();
  if (view.view === 'speech') {
    params.set('speech', view.speech);
    if (view.paragraph !== undefined) params.set('p', String(view.paragraph));
    if (view.sentenceIndex !== undefined) params.set('s', String(view.sentenceIndex));
    if (view.term) params.set('term', view.term);
  } else {
    if (view.entry) params.set('term', view.entry);
    if (view.query) params.set('q', view.query);
    if (view.category) params.set('category', view.category);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function citationHash(location: CorpusLocation, term?: string): string {
  return readerHash({
    view: 'speech',
    speech: location.speech,
    paragraph: location.paragraph,
    sentenceIndex: location.sentenceIndex,
    term,
  });
}

function index(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  return Number(value);
}

/** Reads a fragment (with or without '#'); anything unreadable is the glossary. */
export function parseReaderHash(hash: string): ReaderView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const speech = params.get('speech');
  if (speech) {
    return {
      view: 'speech',
      speech,
      paragraph: index(params.get('p')),
      sentenceIndex: index(params.get('s')),
      term: params.get('term') ?? undefined,
    };
  }
  return {
    view: 'glossary',
    entry: params.get('term') ?? undefined,
    query: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
  };
}
