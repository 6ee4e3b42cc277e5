import { browser } from 'wxt/browser';
import type { BackgroundRequest, CorpusLocation } from '../messages';
import { citationHash, READER_PATH } from '../ui/reader-location';

type OpenReader = Extract<BackgroundRequest, { type: 'tifa:open-reader' }>;

export function isOpenReader(message: unknown): message is OpenReader {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; location?: Partial<CorpusLocation>; term?: unknown };
  return (
    m.type === 'tifa:open-reader' &&
    typeof m.location?.speech === 'string' &&
    Number.isInteger(m.location.paragraph) &&
    Number.isInteger(m.location.sentenceIndex) &&
    (m.term === undefined || typeof m.term === 'string')
  );
}

/** The reader's address for a citation: reader.html#speech=…&p=…&s=…&term=… */
export function readerUrl(location: CorpusLocation, term?: string): string {
  return browser.runtime.getURL(READER_PATH) + citationHash(location, term);
}

/**
 * Opens the reader at a cited sentence, in a new tab next to the page that asked: a page (and its
 * content script) cannot open extension pages itself without making them web-accessible.
 */
export function setupReaderOpener(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOpenReader(message)) return;
    const opener = sender.tab;
    void browser.tabs.create({
      url: readerUrl(message.location, message.term),
      ...(opener?.id !== undefined && { openerTabId: opener.id }),
      ...(opener?.index !== undefined && { index: opener.index + 1 }),
    });
  });
}
