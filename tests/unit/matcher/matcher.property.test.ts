import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, deserialize, type Match, scan, serialize } from '../../../lib/matcher';
import { isSkippable, normalizePattern } from '../../../lib/matcher/normalize';
import { referenceScan } from '../../../lib/matcher/reference';

// Fixed seeds: the properties explore the same cases on every run, so a failure always reproduces.
const RUNS = { seed: 20_240_611, numRuns: 400 };

/** A small alphabet so that patterns overlap a lot: shared prefixes, suffixes, infixes, repeats. */
const SIMPLIFIED = ['两', '个', '维', '护', '坚', '决', '确', '立', '干', 'a', 'b', '1', '𠀀', '𠀁'];
/** Traditional forms folded by the test table; 乾 is also used literally by some patterns. */
const FOLD: Record<string, string> = { 兩: '两', 個: '个', 維: '维', 護: '护', 確: '确', 乾: '干', 幹: '干' };
const FULL_WIDTH = ['ａ', 'ｂ', 'Ａ', '１'];
const SKIPPABLE = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
];
/** Lone surrogate halves: the matcher works unit by unit, so they must not confuse it. */
const LONE = ['\ud840', '\udc00'];

const patternChar = fc.constantFrom(...SIMPLIFIED, '乾', 'A');
const pattern = fc.oneof(
  { weight: 5, arbitrary: fc.array(patternChar, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')) },
  // Rare: patterns written with full-width forms or containing skippable characters.
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...SIMPLIFIED, ...FULL_WIDTH, ' ', '\u200b'), { minLength: 1, maxLength: 5 })
      .map((cs) => cs.join('')),
  },
);

/** Dictionaries whose patterns are often prefixes, suffixes or infixes of one another. */
const dictionary = fc
  .tuple(
    fc.array(pattern, { minLength: 1, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
  )
  .map(([base, cuts]) => {
    const patterns = [...base];
    for (const [which, from, to] of cuts) {
      const chars = [...base[which % base.length]];
      const a = from % chars.length;
      const b = a + 1 + (to % (chars.length - a));
      patterns.push(chars.slice(a, b).join(''));
    }
    return patterns;
  });

const noise = fc.constantFrom(
  ...SIMPLIFIED,
  ...Object.keys(FOLD),
  ...FULL_WIDTH,
  ...SKIPPABLE,
  ...LONE,
  '的',
  'x',
  '，',
);

/** Texts made of noise and of (possibly mangled) copies of the patterns. */
function textFor(patterns: string[]) {
  const traditionalOf = new Map(Object.entries(FOLD).map(([t, s]) => [s, t]));
  const mangled = fc
    .tuple(fc.constantFrom(...patterns), fc.array(fc.nat(), { maxLength: 3 }), fc.boolean())
    .map(([p, inserts, traditional]) => {
      const chars = [...p].map((c) => (traditional ? (traditionalOf.get(c) ?? c) : c));
      for (const at of inserts) chars.splice(1 + (at % chars.length), 0, SKIPPABLE[at % SKIPPABLE.length]);
      return chars.join('');
    });
  return fc.array(fc.oneof(noise, mangled), { maxLength: 40 }).map((parts) => parts.join(''));
}

const dictionaryAndText = dictionary.chain((patterns) =>
  fc.tuple(fc.constant(patterns), textFor(patterns), fc.boolean()),
);

function normalizedSlice(text: string, m: Match): string {
  return normalizePattern(text.slice(m.start, m.end));
}

describe('matcher against the naive reference', () => {
  it('finds the same leftmost-longest matches', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([patterns, text, traditional]) => {
        const automaton = compile(patterns, { fold: FOLD });
        const got = scan(automaton, text, { traditional });
        expect(got).toEqual(referenceScan(patterns, FOLD, text, { traditional }));
      }),
      RUNS,
    );
  });

  it('returns ordered, non-overlapping matches that start and end on real characters', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([patterns, text]) => {
        const got = scan(compile(patterns, { fold: FOLD }), text);
        let previousEnd = 0;
        for (const m of got) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(isSkippable(text.charCodeAt(m.start))).toBe(false);
          expect(isSkippable(text.charCodeAt(m.end - 1))).toBe(false);
          // Same length as the pattern once skippable characters are dropped (folds keep lengths).
          expect(normalizedSlice(text, m).length).toBe(normalizePattern(patterns[m.pattern]).length);
          previousEnd = m.end;
        }
      }),
      RUNS,
    );
  });

  it('matches the same after serialize → deserialize, and re-serializes to the same bytes', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([patterns, text, traditional]) => {
        const automaton = compile(patterns, { fold: FOLD });
        const bytes = serialize(automaton);
        const restored = deserialize(bytes);
        expect(scan(restored, text, { traditional })).toEqual(scan(automaton, text, { traditional }));
        expect(serialize(restored)).toEqual(bytes);
      }),
      RUNS,
    );
  });

  it('agrees with the reference without a fold table', () => {
    fc.assert(
      fc.property(dictionaryAndText, ([patterns, text]) => {
        expect(scan(compile(patterns), text)).toEqual(referenceScan(patterns, undefined, text));
      }),
      RUNS,
    );
  });
});

describe('a large dictionary (32-bit arrays, views over the buffer)', () => {
  // Deterministic pseudo-random patterns over a wide alphabet, so the double array exceeds 64 K slots.
  let seed = 12345;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const units = Array.from({ length: 800 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
  const patterns = Array.from({ length: 20_000 }, () => {
    const length = 2 + Math.floor(random() * 7);
    return Array.from({ length }, () => units[Math.floor(random() * 60 + random() * random() * 740)]).join(
      '',
    );
  });
  const text = Array.from({ length: 300 }, (_, i) =>
    i % 3 === 0 ? patterns[Math.floor(random() * patterns.length)] : units[Math.floor(random() * 120)],
  ).join('');

  it('agrees with the reference and survives a round trip', () => {
    const automaton = compile(patterns);
    expect(automaton.nodes.length / 4).toBeGreaterThan(0xffff);
    const expected = referenceScan(patterns, undefined, text);
    expect(expected.length).toBeGreaterThan(50);
    expect(scan(automaton, text)).toEqual(expected);
    const bytes = serialize(automaton);
    expect(scan(deserialize(bytes), text)).toEqual(expected);
    // Sliced at an offset that breaks alignment: deserialize must copy, not fail.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(scan(deserialize(shifted.subarray(1)), text)).toEqual(expected);
  });
});
