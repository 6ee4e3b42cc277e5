import { expect, test } from 'vitest';
import { citationHash, parseReaderHash, readerHash } from '../../../lib/ui/reader-location';

test('a citation deep link round-trips', () => {
  const hash = citationHash({ speech: 'caizhengbu', paragraph: 3, sentenceIndex: 2 }, '两个维护');
  expect(hash).toBe(`#speech=caizhengbu&p=3&s=2&term=${encodeURIComponent('两个维护')}`);
  expect(parseReaderHash(hash)).toEqual({
    view: 'speech',
    speech: 'caizhengbu',
    paragraph: 3,
    sentenceIndex: 2,
    term: '两个维护',
  });
});

test('the glossary is the default; bad numbers are ignored', () => {
  expect(parseReaderHash('')).toEqual({ view: 'glossary' });
  expect(parseReaderHash('#glossary')).toEqual({ view: 'glossary' });
  expect(parseReaderHash('#term=si-ge-yishi&q=%E5%9B%9B')).toEqual({
    view: 'glossary',
    entry: 'si-ge-yishi',
    query: '四',
  });
  expect(parseReaderHash('#speech=a&p=-1&s=x')).toEqual({ view: 'speech', speech: 'a' });
  expect(readerHash({ view: 'glossary' })).toBe('');
});
