import { describe, expect, it } from 'vitest';
import { impliedPartCount, numeralRuns, readNumeralRun } from '../../../lib/lexicon/numerals';

describe('readNumeralRun', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['双', 2],
    ['十', 10],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['一百', 100],
    ['百', 100],
    ['三千', 3000],
  ])('%s → %i', (run, value) => {
    expect(readNumeralRun(run)).toBe(value);
  });
});

describe('impliedPartCount', () => {
  it.each([
    ['四个意识', 4],
    ['三会一课', 4],
    ['两学一做', 3],
    ['一群两区三圈', 6],
    ['中央八项规定', 8],
    ['十个坚持', 10],
    ['一岗双责', 3],
  ])('%s → %i', (headword, count) => {
    expect(impliedPartCount(headword)).toBe(count);
  });

  it('is undefined without numerals', () => {
    expect(impliedPartCount('全面从严治党')).toBeUndefined();
    expect(numeralRuns('民主生活会')).toEqual([]);
  });

  it('reads each run of numerals as one number', () => {
    expect(numeralRuns('十九届六中全会')).toEqual(['十九', '六']);
  });
});
