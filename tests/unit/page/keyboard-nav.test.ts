import { describe, expect, it } from 'vitest';
import { neighbourIndex } from '../../../lib/page/keyboard-nav';

/** Matches as document positions with a viewport-relative top (the viewport starts at top 0). */
interface M {
  pos: number;
  top: number;
}
const matches: M[] = [
  { pos: 10, top: -400 },
  { pos: 20, top: -120 },
  { pos: 30, top: 40 },
  { pos: 40, top: 300 },
  { pos: 50, top: 900 },
];
const base = {
  matches,
  isSame: (a: M, b: M) => a.pos === b.pos,
  compare: (a: M, b: M) => a.pos - b.pos,
  topOf: (m: M) => m.top,
};

describe('neighbourIndex', () => {
  it('steps from the current match in document order, wrapping around', () => {
    expect(neighbourIndex({ ...base, current: matches[1], direction: 1 })).toBe(2);
    expect(neighbourIndex({ ...base, current: matches[4], direction: 1 })).toBe(0);
    expect(neighbourIndex({ ...base, current: matches[1], direction: -1 })).toBe(0);
    expect(neighbourIndex({ ...base, current: matches[0], direction: -1 })).toBe(4);
  });

  it('recognises the current match by value, not identity', () => {
    expect(neighbourIndex({ ...base, current: { pos: 30, top: 0 }, direction: 1 })).toBe(3);
  });

  it('goes on from where a vanished current match was', () => {
    expect(neighbourIndex({ ...base, current: { pos: 35, top: 0 }, direction: 1 })).toBe(3);
    expect(neighbourIndex({ ...base, current: { pos: 35, top: 0 }, direction: -1 })).toBe(2);
    expect(neighbourIndex({ ...base, current: { pos: 99, top: 0 }, direction: 1 })).toBe(0);
    expect(neighbourIndex({ ...base, current: { pos: 1, top: 0 }, direction: -1 })).toBe(4);
  });

  it('without a current match starts from the viewport top', () => {
    expect(neighbourIndex({ ...base, current: undefined, direction: 1 })).toBe(2);
    expect(neighbourIndex({ ...base, current: undefined, direction: -1 })).toBe(1);
  });

  it('wraps from the viewport when nothing lies beyond it', () => {
    const above = matches.map((m) => ({ ...m, top: m.top - 2000 }));
    expect(neighbourIndex({ ...base, matches: above, current: undefined, direction: 1 })).toBe(0);
    const below = matches.map((m) => ({ ...m, top: m.top + 2000 }));
    expect(neighbourIndex({ ...base, matches: below, current: undefined, direction: -1 })).toBe(4);
  });

  it('falls back to the viewport when positions cannot be compared (another tree)', () => {
    const compare = () => {
      throw new Error('WrongDocumentError');
    };
    expect(neighbourIndex({ ...base, compare, current: { pos: 35, top: 0 }, direction: 1 })).toBe(2);
  });

  it('has nothing to move to on a page without matches', () => {
    expect(neighbourIndex({ ...base, matches: [], current: undefined, direction: 1 })).toBe(-1);
  });
});
