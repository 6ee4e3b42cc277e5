import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/corpus';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('ends sentences at 。！？ and keeps the terminator', () => {
    expect(texts('强化政治引领。夯实基层基础！为什么能？')).toEqual([
      '强化政治引领。',
      '夯实基层基础！',
      '为什么能？',
    ]);
  });

  it('does not end a sentence at ；or ：', () => {
    expect(texts('一是抓体系；二是抓传导：层层签订。下一句。')).toEqual([
      '一是抓体系；二是抓传导：层层签订。',
      '下一句。',
    ]);
  });

  it('keeps the closing quote or bracket with the sentence it ends', () => {
    expect(texts('他说：“要学深悟透。”随后散会。（完。）')).toEqual([
      '他说：“要学深悟透。”',
      '随后散会。',
      '（完。）',
    ]);
  });

  it('does not split at a terminator inside quotes that go on', () => {
    expect(texts('号召全党“勿忘昨天。无愧今天”，持续奋斗。后句。')).toEqual([
      '号召全党“勿忘昨天。无愧今天”，持续奋斗。',
      '后句。',
    ]);
  });

  it('does not split when the quote closes on a terminator but the clause goes on', () => {
    expect(texts('“一篙松劲退千寻。”，成果来之不易。')).toEqual(['“一篙松劲退千寻。”，成果来之不易。']);
  });

  it('never splits inside a book title, even on a terminator before 》', () => {
    expect(texts('出版《你好！中国》和《春天来了。》等丛书。下一句。')).toEqual([
      '出版《你好！中国》和《春天来了。》等丛书。',
      '下一句。',
    ]);
  });

  it('ignores an unmatched quote instead of swallowing the paragraph', () => {
    expect(texts('落实“三会一课等制度。下一句。')).toEqual(['落实“三会一课等制度。', '下一句。']);
  });

  it('keeps a trailing fragment without terminator and skips whitespace between sentences', () => {
    const result = splitSentences('第一句。  第二句没有句号');
    expect(result.map((s) => [s.text, s.start, s.index])).toEqual([
      ['第一句。', 0, 0],
      ['第二句没有句号', 6, 1],
    ]);
  });

  it('has exact offsets and covers every non-space character, in order', () => {
    const alphabet = fc.constantFrom(
      ...'两个维护四意识。！？；，、“”‘’《》（）() \u00a0\u3000x…!?'.split(''),
      '\ud842\udfb7', // 𠮷, a surrogate pair
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const sentences = splitSentences(text);
          let last = 0;
          sentences.forEach((s, i) => {
            expect(s.index).toBe(i);
            expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
            expect(s.text.trim()).toBe(s.text);
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(text.slice(last, s.start).trim()).toBe('');
            last = s.start + s.text.length;
          });
          expect(text.slice(last).trim()).toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});
