import { describe, expect, it } from 'vitest';
import { buildDictionary, type CorpusSpeech } from '../../../lib/lexicon/build-dictionary';
import { BLOCKED_PATTERN } from '../../../lib/lexicon/dictionary-format';
import type { Term } from '../../../lib/lexicon/schema';
import { scan } from '../../../lib/matcher';

function term(fields: Partial<Term> & Pick<Term, 'id' | 'term'>): Term {
  return {
    variants: [],
    category: 'core',
    en: fields.id,
    gloss: { zh: '释义。', en: 'A gloss.' },
    parts: [],
    related: [],
    inCorpus: true,
    source: { file: 'core.yaml', line: 1 },
    ...fields,
  };
}

/** A speech whose paragraphs are lists of sentences. */
function speech(id: string, order: number, paragraphs: string[][]): CorpusSpeech {
  return {
    id,
    title: `title of ${id}`,
    issuer: `issuer of ${id}`,
    order,
    paragraphs: paragraphs.map((sentences, index) => ({
      index,
      sentences: sentences.map((text, i) => ({ index: i, text })),
    })),
  };
}

const TERMS = [
  term({ id: 'liang-ge-weihu', term: '两个维护' }),
  term({ id: 'liang-ge-jianjue-weihu', term: '两个坚决维护' }),
  term({ id: 'si-ge-yishi', term: '四个意识', variants: ['增强四个意识'], pinyin: 'sì gè yìshi' }),
  term({ id: 'ba-xiang-guiding', term: '中央八项规定', variants: ['八项规定'], category: 'discipline' }),
  term({ id: 'si-ge-quanmian', term: '四个全面', inCorpus: false }),
];

const SPEECHES = [
  // Given out of order: citations follow the speeches' order.
  speech('second', 2, [['严格落实中央八项规定精神。', '坚决做到两个维护，增强四个意识。']]),
  speech('first', 1, [['首段没有提法。'], ['使“两个坚决维护”体现到各方面。', '两个维护，两个维护。']]),
];

describe('buildDictionary', () => {
  const built = buildDictionary({
    terms: TERMS,
    speeches: SPEECHES,
    pinyinOf: (text) => `pinyin of ${text}`,
  });
  const entry = (id: string) => built.dictionary.entries.find((e) => e.id === id);

  it('makes one pattern per headword and variant, mapped back to its entry', () => {
    expect(built.patterns).toEqual([
      '两个维护',
      '两个坚决维护',
      '四个意识',
      '增强四个意识',
      '中央八项规定',
      '八项规定',
      '四个全面',
    ]);
    expect(built.patternEntries).toEqual([0, 1, 2, 2, 3, 3, 4]);
    const [match] = scan(built.automaton, '提高两个坚决维护能力');
    expect(match && built.patternEntries[match.pattern]).toBe(1);
  });

  it('cites with the leftmost-longest rule: 两个坚决维护 is not a 两个维护', () => {
    expect(entry('liang-ge-jianjue-weihu')?.citations).toEqual([
      {
        speech: 'first',
        title: 'title of first',
        issuer: 'issuer of first',
        paragraph: 1,
        sentenceIndex: 0,
        sentence: '使“两个坚决维护”体现到各方面。',
        start: 2,
        end: 8,
        matched: '两个坚决维护',
      },
    ]);
    expect(
      entry('liang-ge-weihu')?.citations.map((c) => [c.speech, c.paragraph, c.sentenceIndex, c.start]),
    ).toEqual([
      // Once per sentence, at the first match; speeches in their order.
      ['first', 1, 1, 0],
      ['second', 0, 1, 4],
    ]);
    // 中央八项规定 wins over 八项规定 inside it.
    expect(entry('ba-xiang-guiding')?.citations.map((c) => c.matched)).toEqual(['中央八项规定']);
  });

  it('records the variant that matched, with offsets into the sentence', () => {
    const [citation] = entry('si-ge-yishi')?.citations ?? [];
    expect(citation?.matched).toBe('增强四个意识');
    expect(citation?.sentence.slice(citation.start, citation.end)).toBe('增强四个意识');
  });

  it('uses the pinyin override or generates it, and keeps entries without citations', () => {
    expect(entry('si-ge-yishi')?.pinyin).toBe('sì gè yìshi');
    expect(entry('liang-ge-weihu')?.pinyin).toBe('pinyin of 两个维护');
    expect(entry('si-ge-quanmian')).toMatchObject({ inCorpus: false, citations: [] });
    expect(entry('ba-xiang-guiding')?.category).toBe('discipline');
  });

  it('lists the speeches in order without their text', () => {
    expect(built.dictionary.speeches).toEqual([
      { id: 'first', title: 'title of first', issuer: 'issuer of first', order: 1 },
      { id: 'second', title: 'title of second', issuer: 'issuer of second', order: 2 },
    ]);
  });

  it('generates pinyin with pinyin-pro by default', () => {
    const { dictionary } = buildDictionary({ terms: [term({ id: 'a', term: '两个确立' })], speeches: [] });
    expect(dictionary.entries[0]?.pinyin).toBe('liǎng gè quèlì');
  });

  it('compiles blocked phrases that win over the term inside them and cite nothing', () => {
    const blocking = buildDictionary({
      terms: TERMS,
      blocked: ['两个维护者'],
      speeches: [speech('only', 1, [['项目有两个维护者。', '两个维护者坚决做到两个维护。']])],
      pinyinOf: () => '',
    });
    expect(blocking.patterns.at(-1)).toBe('两个维护者');
    expect(blocking.patternEntries.at(-1)).toBe(BLOCKED_PATTERN);
    const [match] = scan(blocking.automaton, '项目有两个维护者');
    expect(match && blocking.patternEntries[match.pattern]).toBe(BLOCKED_PATTERN);
    const weihu = blocking.dictionary.entries.find((e) => e.id === 'liang-ge-weihu');
    // Not the first sentence; the second at its real 两个维护, not inside 两个维护者.
    expect(weihu?.citations.map((c) => [c.sentenceIndex, c.start])).toEqual([[1, 9]]);
    // Without the block, the first sentence cites it.
    const plain = buildDictionary({
      terms: TERMS,
      speeches: [speech('only', 1, [['项目有两个维护者。']])],
      pinyinOf: () => '',
    });
    expect(plain.dictionary.entries.find((e) => e.id === 'liang-ge-weihu')?.citations).toHaveLength(1);
  });

  it('folds Traditional characters in the compiled automaton', () => {
    const [match] = scan(built.automaton, '增強四個意識');
    expect(match && built.patterns[match.pattern]).toBe('增强四个意识');
  });
});
