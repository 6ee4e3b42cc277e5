import { describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '../../../lib/ui/card-strings';

describe('CARD_STRINGS', () => {
  it('has the same keys in every language', () => {
    const keys = Object.keys(CARD_STRINGS.zh_CN).sort();
    expect(Object.keys(CARD_STRINGS.zh_TW).sort()).toEqual(keys);
    expect(Object.keys(CARD_STRINGS.en).sort()).toEqual(keys);
  });

  it('counts in English with the right number', () => {
    expect(CARD_STRINGS.en.pageCount(1)).toBe('Occurs once on this page');
    expect(CARD_STRINGS.en.pageCount(3)).toBe('Occurs 3 times on this page');
    expect(CARD_STRINGS.zh_CN.pageCount(3)).toBe('本页出现 3 次');
    expect(CARD_STRINGS.zh_CN.speechCount(3)).toBe('本篇出现 3 次');
    expect(CARD_STRINGS.en.speechCount(1)).toBe('Occurs once in this speech');
  });
});
