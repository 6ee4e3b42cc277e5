import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lib/corpus';
import { findCandidates, knownForms, type Token } from '../../../lib/lexicon/candidates';

/** A stand-in for jieba: words are separated by | in the test text, which is then removed. */
function fakeSegmenter(segmented: string): (text: string) => Token[] {
  const words = segmented.split(/[|\n]/).filter(Boolean);
  return (text) => {
    const out: Token[] = [];
    let at = 0;
    while (at < text.length) {
      const word =
        words.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0] ?? text[at];
      out.push({ word, tag: word === '进一步' ? 'd' : 'n' });
      at += word.length;
    }
    return out;
  };
}

const SEGMENTED = [
  '落实|“|三会一课|”|制度|，|增强|“|四个|意识|”|，|做到|“|两个|维护|”|。',
  '坚持|“|两个|维护|”|，|牵住|“|牛鼻子|”|，|开展|学习|xx|次|。',
  '发挥|“|两个|作用|”|，|落实|一岗双责|和|四种|形态|。',
  '进一步|统一|思想|，|组织|生活会|，|组织|生活会|，|组织|生活会|。',
  '纪念|“|七一|”|，|建设|“|xx|精神|”|，|“|这是一句很长很长的引语超过十二个字了|”|。',
].join('\n');
const TEXT = SEGMENTED.replaceAll('|', '');
const segment = fakeSegmenter(SEGMENTED);
const speech = parseSpeech(`标题\n${TEXT}`, { id: 'mini' });

describe('findCandidates', () => {
  const known = new Set(['四个意识', '七一']);
  const candidates = findCandidates({ corpus: [speech], known, segment, minFrequentCount: 3 });
  const byPhrase = new Map(candidates.map((c) => [c.phrase, c]));

  it('finds quoted phrases of at most 12 characters and numbered formulations', () => {
    expect(byPhrase.get('牛鼻子')?.kind).toBe('quoted');
    expect(byPhrase.get('三会一课')?.kind).toBe('numbered');
    expect(byPhrase.get('一岗双责')?.kind).toBe('numbered');
    expect(byPhrase.get('四种形态')?.kind).toBe('numbered');
    expect(byPhrase.get('两个作用')?.kind).toBe('numbered');
    expect([...byPhrase.keys()].some((p) => p.includes('引语'))).toBe(false);
  });

  it('counts every occurrence, quoted or not, and gives an example sentence with the offset', () => {
    const c = byPhrase.get('两个维护');
    expect(c?.count).toBe(2);
    expect(c?.speech).toBe('mini');
    expect(c?.example.slice(c.exampleStart, c.exampleStart + 4)).toBe('两个维护');
  });

  it('leaves out known forms and phrases holding x/xx placeholders', () => {
    expect(byPhrase.has('四个意识')).toBe(false);
    expect(byPhrase.has('七一')).toBe(false);
    expect([...byPhrase.keys()].some((p) => /x/.test(p))).toBe(false);
  });

  it('does not cut numbered phrases across word boundaries (进一步统一思想)', () => {
    expect([...byPhrase.keys()].some((p) => p.startsWith('一步'))).toBe(false);
  });

  it('finds frequent words, and drops words that only occur inside a longer candidate or known form', () => {
    expect(byPhrase.get('生活会')).toMatchObject({ kind: 'frequent', count: 3 });
    const withoutKnown = findCandidates({ corpus: [speech], known: new Set(), segment, minFrequentCount: 1 });
    expect(withoutKnown.some((c) => c.phrase === '三会一课')).toBe(true);
    // 生活会 occurs only inside the longer known form here, so it is gone.
    const covered = findCandidates({ corpus: [speech], known: new Set(['组织生活会']), segment });
    expect(covered.some((c) => c.phrase === '生活会')).toBe(false);
  });

  it('ranks numbered before quoted before frequent, then by count', () => {
    const kinds = candidates.map((c) => c.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) =>
          ['numbered', 'quoted', 'frequent'].indexOf(a) - ['numbered', 'quoted', 'frequent'].indexOf(b),
      ),
    );
    expect(candidates[0].phrase).toBe('两个维护');
  });

  it('works without a segmenter (no frequent words then, numbered words of two characters)', () => {
    const plain = findCandidates({ corpus: [speech], known: new Set() });
    expect(plain.some((c) => c.kind === 'frequent')).toBe(false);
    expect(plain.find((c) => c.phrase === '三会一课')?.kind).toBe('numbered');
    expect(plain.some((c) => c.phrase === '四个意识')).toBe(true);
  });

  it('finds numbered formulations that follow each other and ones in the title', () => {
    const titled = parseSpeech('坚定践行“五个必须”\n做到两个维护四个意识。', { id: 'titled' });
    const found = findCandidates({ corpus: [titled], known: new Set() }).map((c) => [c.phrase, c.speech]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['五个必须', 'titled'],
        ['两个维护', 'titled'],
        ['四个意识', 'titled'],
      ]),
    );
  });
});

describe('knownForms', () => {
  it('collects headwords, variants, and excluded and blocked phrases', () => {
    const known = knownForms({
      terms: [{ term: '两个维护', variants: ['两个坚决维护'] }],
      excluded: [{ phrase: '七一' }],
      blocked: [{ phrase: '第一责任人' }],
    });
    expect([...known].sort()).toEqual(['七一', '两个坚决维护', '两个维护', '第一责任人'].sort());
  });
});
