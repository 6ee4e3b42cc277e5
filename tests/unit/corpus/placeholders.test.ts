import { describe, expect, it } from 'vitest';
import { containsPlaceholder } from '../../../lib/corpus';

describe('placeholders (anonymised x / xx / xxx)', () => {
  it('finds x, xx and xxx inside Chinese text but not inside Latin words', () => {
    expect(
      ['x', 'xx', 'xxx', '开展专题学习xx次以上', '文化润x工程', '财青x+'].map(containsPlaceholder),
    ).toEqual([true, true, true, true, true, true]);
    expect(['xxxx', 'X', 'AAA公众号 box', '两个维护'].map(containsPlaceholder)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
