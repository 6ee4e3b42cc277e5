import { expect, test } from 'vitest';
import { isOpenReader, readerUrl } from '../../../lib/background/reader';
import { parseReaderHash } from '../../../lib/ui/reader-location';

const location = { speech: 'caizhengbu', paragraph: 12, sentenceIndex: 3 };

test('a content script’s request to open the reader is checked before a tab is opened', () => {
  expect(isOpenReader({ type: 'tifa:open-reader', location })).toBe(true);
  expect(isOpenReader({ type: 'tifa:open-reader', location, term: '四个意识' })).toBe(true);
  // Anything else a page could make a content script send is ignored.
  expect(isOpenReader({ type: 'tifa:open-reader', location: { ...location, paragraph: '12' } })).toBe(false);
  expect(isOpenReader({ type: 'tifa:open-reader', location: { ...location, sentenceIndex: 1.5 } })).toBe(
    false,
  );
  expect(isOpenReader({ type: 'tifa:open-reader', location: { paragraph: 1, sentenceIndex: 0 } })).toBe(
    false,
  );
  expect(isOpenReader({ type: 'tifa:open-reader', location, term: 7 })).toBe(false);
  expect(isOpenReader({ type: 'tifa:page-count', total: 3 })).toBe(false);
  expect(isOpenReader(null)).toBe(false);
});

test('the reader’s address for a citation opens that sentence', () => {
  const url = new URL(readerUrl(location, '两个维护'));
  expect(url.pathname).toBe('/reader.html');
  expect(parseReaderHash(url.hash)).toEqual({ view: 'speech', ...location, term: '两个维护' });
});
