import { describe, expect, it, vi } from 'vitest';
import { loadDictionary } from '../../../lib/dictionary-runtime';
import { scan } from '../../../lib/matcher';

// The real module comes from the Vite plugin (tested in vite-plugin.test.ts); here it is the
// generated module of the small fixture sheet, so the test does not depend on the bundled content.
vi.mock('virtual:tifa-dictionary', async () => {
  const { buildBundledDictionary } = await import('../../../lib/lexicon/load-bundled');
  const { serialize } = await import('../../../lib/matcher');
  const built = buildBundledDictionary({ lexiconDir: 'tests/fixtures/lexicon/good' });
  return {
    dictionary: built.dictionary,
    automaton: Buffer.from(serialize(built.automaton)).toString('base64'),
    patternEntries: built.patternEntries,
  };
});

describe('loadDictionary', () => {
  it('deserializes the automaton and maps its patterns to entries', () => {
    const { automaton, entryOf, dictionary } = loadDictionary();
    const text = '坚决做到“两个坚决维护”，增强四个意识，落实一岗双责。';
    const found = scan(automaton, text).map((match) => [
      text.slice(match.start, match.end),
      entryOf(match.pattern).id,
    ]);
    expect(found).toEqual([
      ['两个坚决维护', 'liang-ge-jianjue-weihu'],
      ['增强四个意识', 'si-ge-yishi'],
      ['一岗双责', 'yi-gang-shuang-ze'],
    ]);
    expect(dictionary.entries).toHaveLength(6);
  });

  it('is memoised', () => {
    const first = loadDictionary();
    expect(loadDictionary()).toBe(first);
    expect(loadDictionary().automaton).toBe(first.automaton);
  });

  it('rejects a pattern index it does not know', () => {
    expect(() => loadDictionary().entryOf(999)).toThrow(RangeError);
  });
});
