import { cut } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import {
  numberedFormulations,
  quotedFormulations,
  unaccountedFormulations,
} from '../../../lib/lexicon/corpus-formulations';

const jieba = (text: string) => cut(text, true);
const phrases = (text: string) =>
  numberedFormulations(text, jieba(text)).map((occurrence) => occurrence.phrase);

describe('quotedFormulations', () => {
  it('finds quoted phrases of at most 12 characters, with offsets of the content', () => {
    const text = '增强“四个意识”，打通“最初一公里”，“这是一句超过了十二个字的很长很长的引语”。';
    const found = quotedFormulations(text);
    expect(found.map((occurrence) => occurrence.phrase)).toEqual(['四个意识', '最初一公里']);
    const [first] = found;
    expect(first && text.slice(first.start, first.end)).toBe('四个意识');
  });
});

describe('numberedFormulations', () => {
  it('finds a number, a measure word and a word', () => {
    expect(phrases('增强四个意识，落实中央八项规定，运用四种形态，做到两个维护')).toEqual([
      '四个意识',
      '八项规定',
      '四种形态',
      '两个维护',
    ]);
  });

  it('finds alternations of numerals and words of one or two characters', () => {
    expect(phrases('落实三会一课和一岗双责，开展两学一做，建设一群两区三圈，推行一部门一品牌。')).toEqual([
      '三会一课',
      '一岗双责',
      '两学一做',
      '一群两区三圈',
      '一部门一品牌',
    ]);
  });

  it('leaves out plain numbers, ordinals and numerals inside words', () => {
    expect(phrases('一个支部，党的十九届六中全会，第一议题，进一步统一思想，十八大以来')).toEqual([]);
  });

  it('without a segmenter, still skips numbers after numerals and 第', () => {
    expect(numberedFormulations('第二个百年，十九届六中全会').map((occurrence) => occurrence.phrase)).toEqual(
      [],
    );
  });
});

describe('unaccountedFormulations', () => {
  it('accepts a numbered phrase covered by a longer known phrase and reports the rest', () => {
    const text = '使“两个坚决维护”体现到工作中，把握“两个大局”，加强“四强”党支部。';
    const known = new Set(['两个坚决维护', '四强']);
    expect(unaccountedFormulations({ text, known, segment: jieba }).map((o) => [o.kind, o.phrase])).toEqual([
      ['quoted', '两个大局'],
      ['numbered', '两个大局'],
    ]);
  });
});
