import { describe, expect, it } from 'vitest';
import { compile, deserialize, scan, serialize } from '../../../lib/matcher';
import { buildFoldTable } from '../../../lib/matcher/fold-table';

const PATTERNS = [
  '两个维护',
  '两个坚决维护',
  '八项规定',
  '中央八项规定',
  '四个意识',
  '两个确立',
  '𠀀𠀁',
  'ABC1',
];

function found(text: string, options?: { traditional?: boolean }) {
  const automaton = compile(PATTERNS, { fold: buildFoldTable(PATTERNS) });
  return scan(automaton, text, options).map((m) => [text.slice(m.start, m.end), PATTERNS[m.pattern]]);
}

describe('leftmost-longest', () => {
  it('prefers the longer term from the same start', () => {
    expect(found('做到两个坚决维护')).toEqual([['两个坚决维护', '两个坚决维护']]);
    expect(found('落实中央八项规定精神')).toEqual([['中央八项规定', '中央八项规定']]);
  });

  it('falls back to the shorter term when the longer one does not complete', () => {
    expect(found('两个坚决两个维护')).toEqual([['两个维护', '两个维护']]);
    expect(found('中央八项规')).toEqual([]);
    expect(found('中央八项规定八项规定')).toEqual([
      ['中央八项规定', '中央八项规定'],
      ['八项规定', '八项规定'],
    ]);
  });
});

describe('repeated characters', () => {
  it('takes the longest run first, then what is left', () => {
    const automaton = compile(['aa', 'aaa', '哈哈']);
    expect(scan(automaton, 'aaaaa')).toEqual([
      { start: 0, end: 3, pattern: 1 },
      { start: 3, end: 5, pattern: 0 },
    ]);
    expect(scan(automaton, '哈哈哈哈哈')).toEqual([
      { start: 0, end: 2, pattern: 2 },
      { start: 2, end: 4, pattern: 2 },
    ]);
  });

  it('falls back through a long pattern that does not complete, on a long input', () => {
    const automaton = compile(['a', `${'a'.repeat(30)}b`]);
    const matches = scan(automaton, 'a'.repeat(100_000));
    expect(matches).toHaveLength(100_000);
    expect(matches[99_999]).toEqual({ start: 99_999, end: 100_000, pattern: 0 });
    expect(scan(automaton, `${'a'.repeat(40)}b`).at(-1)).toEqual({ start: 10, end: 41, pattern: 1 });
  });
});

describe('normalisation', () => {
  it('skips a line break or a zero-width space inside a term, with offsets into the original', () => {
    expect(found('增强四个\n意识')).toEqual([['四个\n意识', '四个意识']]);
    expect(found('四个\u200b意识')).toEqual([['四个\u200b意识', '四个意识']]);
    expect(found('四\r\n个\u00a0意\u3000识\u00ad')).toEqual([['四\r\n个\u00a0意\u3000识', '四个意识']]);
    const automaton = compile(PATTERNS);
    expect(scan(automaton, ' \u200b四个意识\ufeff ')).toEqual([{ start: 2, end: 6, pattern: 4 }]);
  });

  it('folds Traditional characters unless told not to', () => {
    expect(found('堅持兩個確立')).toEqual([['兩個確立', '两个确立']]);
    expect(found('兩個確立', { traditional: false })).toEqual([]);
    expect(found('两个确立', { traditional: false })).toEqual([['两个确立', '两个确立']]);
  });

  it('folds full-width letters and digits', () => {
    expect(found('ＡＢＣ１ and ABC１')).toEqual([
      ['ＡＢＣ１', 'ABC1'],
      ['ABC１', 'ABC1'],
    ]);
  });

  it('matches surrogate pairs (CJK Extension B) whole', () => {
    expect(found('x𠀀𠀁y')).toEqual([['𠀀𠀁', '𠀀𠀁']]);
    expect(found('𠀀\u200b𠀁')).toEqual([['𠀀\u200b𠀁', '𠀀𠀁']]);
    expect(found('𠀀𠀀')).toEqual([]);
  });
});

describe('compile', () => {
  it('ignores patterns that normalise to nothing and keeps the lowest index among duplicates', () => {
    const automaton = compile(['', ' \u200b', '两个维护', '两个 维护', '两个维护']);
    expect(scan(automaton, '两个维护')).toEqual([{ start: 0, end: 4, pattern: 2 }]);
    expect(scan(automaton, '  ')).toEqual([]);
  });

  it('handles an empty dictionary and an empty text', () => {
    expect(scan(compile([]), '四个意识')).toEqual([]);
    expect(scan(compile(PATTERNS), '')).toEqual([]);
    expect(scan(deserialize(serialize(compile([]))), '四个意识')).toEqual([]);
  });

  it('rejects bytes that are not an automaton', () => {
    expect(() => deserialize(new Uint8Array(8))).toThrow(/truncated/);
    expect(() => deserialize(new Uint8Array(64))).toThrow(/not a serialized automaton/);
  });
});

describe('buildFoldTable', () => {
  it('maps Traditional characters to the Simplified ones the patterns use', () => {
    const table = buildFoldTable(['两个确立', '干部']);
    expect(table).toMatchObject({ 兩: '两', 個: '个', 確: '确', 幹: '干', 乾: '干' });
    // Only targets that the patterns use.
    expect(table.國).toBeUndefined();
  });

  it('never folds a character that a pattern uses literally', () => {
    const table = buildFoldTable(['干部', '乾坤']);
    expect(table.乾).toBeUndefined();
    expect(table.幹).toBe('干');
    const automaton = compile(['干部', '乾坤'], { fold: table });
    expect(scan(automaton, '乾坤幹部', { traditional: false })).toEqual([{ start: 0, end: 2, pattern: 1 }]);
    expect(scan(automaton, '乾坤幹部')).toEqual([
      { start: 0, end: 2, pattern: 1 },
      { start: 2, end: 4, pattern: 0 },
    ]);
  });
});
