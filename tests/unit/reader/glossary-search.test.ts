import { beforeAll, expect, test } from 'vitest';
import { loadDictionary } from '../../../lib/dictionary-runtime';
import {
  buildGlossaryIndex,
  foldChinese,
  foldTableOf,
  type GlossaryIndex,
  plainPinyin,
  searchGlossary,
} from '../../../lib/ui/reader/glossary-search';

let index: GlossaryIndex;
beforeAll(() => {
  const { dictionary, automaton } = loadDictionary();
  index = buildGlossaryIndex(dictionary.entries, foldTableOf(automaton));
});

const terms = (query: string, category?: 'core' | 'idiom') =>
  searchGlossary(index, { query, category }).map((entry) => entry.term);

test('an empty query lists every entry, in dictionary order', () => {
  const { dictionary } = loadDictionary();
  expect(terms('')).toEqual(dictionary.entries.map((e) => e.term));
});

test('Chinese, simplified or traditional, finds the headword first', () => {
  expect(terms('四个意识')[0]).toBe('四个意识');
  expect(terms('四個意識')[0]).toBe('四个意识');
  expect(terms('兩個確立')[0]).toBe('两个确立');
  // A part of a headword finds every entry that contains it.
  expect(terms('意识')).toContain('四个意识');
});

test('pinyin without tones, with or without spaces', () => {
  expect(terms('sigeyishi')[0]).toBe('四个意识');
  expect(terms('si ge yi shi')[0]).toBe('四个意识');
  expect(terms('yishi')).toContain('四个意识');
  expect(plainPinyin('Sì gè yì shí')).toBe('sigeyishi');
  expect(plainPinyin('lǜ')).toBe('lu');
});

test('English finds the rendering and the gloss', () => {
  const found = searchGlossary(index, { query: 'four consciousnesses' });
  expect(found.length).toBeGreaterThan(0);
  expect(found.map((e) => e.en.toLowerCase()).some((en) => en.includes('four'))).toBe(true);
});

test('a category filter keeps only that category', () => {
  const core = searchGlossary(index, { query: '', category: 'core' });
  expect(core.length).toBeGreaterThan(0);
  expect(core.every((entry) => entry.category === 'core')).toBe(true);
  expect(terms('四个意识', 'idiom')).toEqual([]);
});

test('nothing matches nonsense', () => {
  expect(terms('zzqqxx')).toEqual([]);
  expect(terms('鑫鑫鑫')).toEqual([]);
});

test('foldChinese drops spaces and punctuation and folds full-width forms', () => {
  expect(foldChinese('「兩個 確立」', new Map([[0x5169, 0x4e24]]))).toBe('两個确立'.replace('确', '確'));
});
