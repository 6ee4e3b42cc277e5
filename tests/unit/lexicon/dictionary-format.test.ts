import { describe, expect, it, vi } from 'vitest';
import type { Dictionary } from '../../../lib/dictionary-types';
import { buildDictionary } from '../../../lib/lexicon/build-dictionary';
import { expandDictionary, packDictionary } from '../../../lib/lexicon/dictionary-format';
import type { Term } from '../../../lib/lexicon/schema';

function term(fields: Partial<Term> & Pick<Term, 'id' | 'term'>): Term {
  return {
    variants: [],
    category: 'core',
    en: `${fields.id} in English`,
    gloss: { zh: `${fields.term}的释义。`, en: `A gloss of ${fields.id}.` },
    parts: [],
    related: [],
    inCorpus: true,
    source: { file: 'core.yaml', line: 1 },
    ...fields,
  };
}

const SHARED = '坚决做到两个维护，增强四个意识。';
const { dictionary } = buildDictionary({
  terms: [
    term({ id: 'liang-ge-weihu', term: '两个维护', parts: ['甲', '乙'], related: ['si-ge-yishi'] }),
    term({
      id: 'si-ge-yishi',
      term: '四个意识',
      variants: ['增强四个意识'],
      proposed: { date: '2016-01-29', occasion: '中央政治局会议' },
    }),
    term({ id: 'si-ge-quanmian', term: '四个全面', inCorpus: false, category: 'idiom' }),
  ],
  speeches: [
    {
      id: 's1',
      title: '讲话一',
      issuer: '机关一',
      order: 1,
      paragraphs: [{ index: 0, sentences: [{ index: 0, text: SHARED }] }],
    },
    {
      id: 's2',
      title: '讲话二',
      issuer: '机关二',
      order: 2,
      paragraphs: [{ index: 3, sentences: [{ index: 2, text: '两个维护。' }] }],
    },
  ],
  pinyinOf: (text) => `pinyin of ${text}`,
});

describe('packDictionary and expandDictionary', () => {
  it('round-trip the dictionary', () => {
    const { core, details } = packDictionary(dictionary);
    const expanded = expandDictionary({ core, details: () => details });
    expect(expanded).toEqual(dictionary);
    expect(expanded.entries.map((e) => 'proposed' in e)).toEqual([false, true, false]);
    // Through JSON, as the generated module carries it.
    const copy = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(expandDictionary({ core: copy(core), details: () => copy(details) })).toEqual(dictionary);
  });

  it('stores a sentence cited by two entries once', () => {
    const { details } = packDictionary(dictionary);
    expect(details.sentences).toEqual([SHARED, '两个维护。']);
    expect(JSON.stringify(details).split(SHARED)).toHaveLength(2);
  });

  it('decodes the details once, when the first of them is read', () => {
    const { core, details } = packDictionary(dictionary);
    const load = vi.fn(() => details);
    const expanded = expandDictionary({ core, details: load });
    const [weihu, yishi] = expanded.entries;
    expect([weihu?.id, weihu?.term, weihu?.category, yishi?.variants, yishi?.proposed?.date]).toEqual([
      'liang-ge-weihu',
      '两个维护',
      'core',
      ['增强四个意识'],
      '2016-01-29',
    ]);
    expect(load).not.toHaveBeenCalled();
    expect(yishi?.citations[0]).toMatchObject({ speech: 's1', title: '讲话一', matched: '增强四个意识' });
    expect(weihu?.gloss.zh).toBe('两个维护的释义。');
    expect(expanded.entries[2]?.parts).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('refuses a citation whose title is not its speech’s', () => {
    const changed: Dictionary = structuredClone(dictionary);
    const citation = changed.entries[0]?.citations[0];
    if (citation) citation.title = '别的标题';
    expect(() => packDictionary(changed)).toThrow(/does not match the speech list/);
  });
});
