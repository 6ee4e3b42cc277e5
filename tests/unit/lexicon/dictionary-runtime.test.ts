import { describe, expect, it, vi } from 'vitest';
import { loadDictionary } from '../../../lib/dictionary-runtime';
import { scan } from '../../../lib/matcher';
import { sentenceSegments } from '../../../lib/ui/reader/speech-terms';

// The real module comes from the Vite plugin (tested in vite-plugin.test.ts); here it is the
// generated module of the small fixture sheet, so the test does not depend on the bundled content.
vi.mock('virtual:tifa-dictionary', async () => {
  const { buildBundledDictionary } = await import('../../../lib/lexicon/load-bundled');
  const { dictionaryModuleExports } = await import('../../../lib/lexicon/dictionary-module');
  return dictionaryModuleExports(buildBundledDictionary({ lexiconDir: 'tests/fixtures/lexicon/good' }));
});

describe('loadDictionary', () => {
  it('deserializes the automaton and maps its patterns to entries', () => {
    const { automaton, entryOf, dictionary } = loadDictionary();
    const text = '坚决做到“两个坚决维护”，增强四个意识，落实一岗双责。';
    const found = scan(automaton, text).map((match) => [
      text.slice(match.start, match.end),
      entryOf(match.pattern)?.id,
    ]);
    expect(found).toEqual([
      ['两个坚决维护', 'liang-ge-jianjue-weihu'],
      ['增强四个意识', 'si-ge-yishi'],
      ['一岗双责', 'yi-gang-shuang-ze'],
    ]);
    expect(dictionary.entries).toHaveLength(6);
    expect(dictionary.entries.find((e) => e.id === 'si-ge-yishi')?.citations.length).toBeGreaterThan(0);
  });

  it('gives no entry for a blocked phrase, so the term inside it is not a match', () => {
    const { automaton, entryOf } = loadDictionary();
    const text = '项目有两个维护者，要做到两个维护。';
    const entries = scan(automaton, text).map((match) => [
      text.slice(match.start, match.end),
      entryOf(match.pattern)?.id,
    ]);
    expect(entries).toEqual([
      ['两个维护者', undefined],
      ['两个维护', 'liang-ge-weihu'],
    ]);
    // The reader's segments keep the blocked phrase as plain text.
    const segments = sentenceSegments({ text }, automaton, entryOf);
    expect(segments.filter((s) => s.entry).map((s) => s.text)).toEqual(['两个维护']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
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
