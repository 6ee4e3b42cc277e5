import { describe, expect, it } from 'vitest';
import {
  countCitations,
  formatCitation,
  groupCitations,
  previewGroups,
  splitQuote,
} from '../../../lib/ui/citation-order';
import { cite, fourConsciousnesses, SPEECH_A } from './fixture-entry';

describe('groupCitations', () => {
  const groups = groupCitations(fourConsciousnesses());

  it('puts the speech with most uses first, then keeps the corpus order of first appearance', () => {
    expect(groups.map((g) => [g.speech, g.citations.length])).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 1],
      ['d', 1],
    ]);
    expect(groups[0]).toMatchObject({ title: '牢记党办职责使命 打造坚强政治机关', issuer: '省委办公厅' });
  });

  it('within a speech: the headword before variants, then shorter sentences first', () => {
    expect(groups[0].citations.map((c) => c.sentence)).toEqual([
      '牢固树立“四个意识”。',
      '把增强“四个意识”落实到机关工作的各个方面。',
      '以<四個意識>为标尺检视工作。',
    ]);
  });

  it('breaks ties of equal length by paragraph and sentence', () => {
    const entry = fourConsciousnesses({
      citations: [
        cite(SPEECH_A, '增强四个意识。', '四个意识', { paragraph: 9, sentenceIndex: 0 }),
        cite(SPEECH_A, '树立四个意识。', '四个意识', { paragraph: 2, sentenceIndex: 4 }),
        cite(SPEECH_A, '牢记四个意识。', '四个意识', { paragraph: 2, sentenceIndex: 1 }),
      ],
    });
    expect(groupCitations(entry)[0].citations.map((c) => [c.paragraph, c.sentenceIndex])).toEqual([
      [2, 1],
      [2, 4],
      [9, 0],
    ]);
  });

  it('keeps every citation exactly once', () => {
    expect(countCitations(groups)).toBe(6);
  });
});

describe('previewGroups', () => {
  it('shows the best sentence of each of the first three speeches', () => {
    const preview = previewGroups(groupCitations(fourConsciousnesses()));
    expect(preview.map((g) => [g.speech, g.citations.map((c) => c.sentence)])).toEqual([
      ['b', ['牢固树立“四个意识”。']],
      ['a', [fourConsciousnesses().citations[0].sentence]],
      ['c', ['机关党员干部要增强“四个意识”。']],
    ]);
  });
});

describe('splitQuote', () => {
  it('cuts the sentence at the offsets', () => {
    const c = cite(SPEECH_A, '要增强“四个意识”，坚定“四个自信”。', '四个意识', {
      paragraph: 0,
      sentenceIndex: 0,
    });
    expect(splitQuote(c)).toEqual({ before: '要增强“', term: '四个意识', after: '”，坚定“四个自信”。' });
  });

  it('falls back to the matched form when the offsets do not fit the sentence', () => {
    const c = {
      ...cite(SPEECH_A, '树立四个意识。', '四个意识', { paragraph: 0, sentenceIndex: 0 }),
      start: 5,
      end: 40,
    };
    expect(splitQuote(c)).toEqual({ before: '树立', term: '四个意识', after: '。' });
  });

  it('shows the sentence without emphasis when the term cannot be found', () => {
    const c = {
      ...cite(SPEECH_A, '树立四个意识。', '四个意识', { paragraph: 0, sentenceIndex: 0 }),
      matched: '两个维护',
      start: 9,
      end: 3,
    };
    expect(splitQuote(c)).toEqual({ before: '树立四个意识。', term: '', after: '' });
  });
});

describe('formatCitation', () => {
  const citation = cite(SPEECH_A, '牢固树立“四个意识”。', '四个意识', { paragraph: 1, sentenceIndex: 0 });

  it('gives the term, the quoted sentence, the issuer and the title', () => {
    expect(formatCitation({ term: '四个意识', citation, lang: 'zh_CN' })).toBe(
      '四个意识\n“牢固树立“四个意识”。”\n——市委直属机关工委《强化政治机关意识 提升引领发展之能》',
    );
  });

  it('uses English punctuation for the English interface', () => {
    expect(formatCitation({ term: '四个意识', citation, lang: 'en' })).toBe(
      '四个意识\n“牢固树立“四个意识”。”\n— 市委直属机关工委, “强化政治机关意识 提升引领发展之能”',
    );
  });
});
