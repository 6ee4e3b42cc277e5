import { describe, expect, it } from 'vitest';
import { containsPlaceholder, findPlaceholders, isPlaceholder } from '../../../lib/corpus';

describe('placeholders (anonymised x / xx / xxx)', () => {
  it('recognises x, xx and xxx as placeholders', () => {
    expect(['x', 'xx', 'xxx'].map(isPlaceholder)).toEqual([true, true, true]);
    expect(['xxxx', 'X', '两个', 'x次'].map(isPlaceholder)).toEqual([false, false, false, false]);
  });

  it('finds placeholders inside Chinese text but not inside Latin words', () => {
    expect(containsPlaceholder('开展专题学习xx次以上')).toBe(true);
    expect(containsPlaceholder('文化润x工程')).toBe(true);
    expect(containsPlaceholder('财青x+')).toBe(true);
    expect(containsPlaceholder('AAA公众号 box')).toBe(false);
    expect(containsPlaceholder('两个维护')).toBe(false);
  });

  it('gives exact offsets, and the text keeps the placeholder as in the source', () => {
    const text = 'xx项整改任务已完成xxx项';
    expect(findPlaceholders(text)).toEqual([
      { start: 0, end: 2 },
      { start: 10, end: 13 },
    ]);
  });
});
