import type { Citation, Dictionary, DictionaryEntry } from '../dictionary-types';
import { type Automaton, compile, scan } from '../matcher';
import { buildFoldTable } from '../matcher/fold-table';
import { BLOCKED_PATTERN } from './dictionary-format';
import { generatePinyin } from './pinyin';
import type { Term } from './schema';

/** The parts of a corpus speech that citations need (lib/corpus's Speech has more). */
export interface CorpusSpeech {
  id: string;
  title: string;
  issuer: string;
  order: number;
  paragraphs: readonly { index: number; sentences: readonly { index: number; text: string }[] }[];
}

export interface BuiltDictionary {
  dictionary: Dictionary;
  /**
   * Every headword and variant, in entry order, then the blocked phrases; the automaton's pattern
   * indexes refer to this.
   */
  patterns: string[];
  /** Pattern index → index into dictionary.entries, or BLOCKED_PATTERN (-1) for a blocked phrase. */
  patternEntries: number[];
  automaton: Automaton;
}

/**
 * Terms + speeches → the dictionary the extension ships (no I/O; build time, since pinyin-pro and
 * opencc are too big for the extension). Citations are found with the same automaton and the
 * same leftmost-longest rule the pages use, so a sentence with 两个坚决维护 cites that entry and
 * not 两个维护, and a sentence with the blocked phrase 第一责任人 does not cite 第一责任. A sentence is
 * cited once per entry, at the entry's first match in it.
 */
export function buildDictionary({
  terms,
  blocked = [],
  speeches,
  pinyinOf = generatePinyin,
}: {
  terms: readonly Term[];
  /** Longer words that hold a headword or variant but mean something else: matched, then dropped. */
  blocked?: readonly string[];
  speeches: readonly CorpusSpeech[];
  /** Reading of a headword without a `pinyin:` override. */
  pinyinOf?: (headword: string) => string;
}): BuiltDictionary {
  const patterns: string[] = [];
  const patternEntries: number[] = [];
  for (const [index, term] of terms.entries()) {
    for (const form of [term.term, ...term.variants]) {
      patterns.push(form);
      patternEntries.push(index);
    }
  }
  for (const phrase of blocked) {
    patterns.push(phrase);
    patternEntries.push(BLOCKED_PATTERN);
  }
  const automaton = compile(patterns, { fold: buildFoldTable(patterns) });
  const citations = terms.map((): Citation[] => []);

  const ordered = [...speeches].sort((a, b) => a.order - b.order);
  for (const speech of ordered) {
    for (const paragraph of speech.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const cited = new Set<number>();
        for (const match of scan(automaton, sentence.text)) {
          const entry = patternEntries[match.pattern];
          if (entry === undefined || entry === BLOCKED_PATTERN || cited.has(entry)) continue;
          cited.add(entry);
          citations[entry]?.push({
            speech: speech.id,
            title: speech.title,
            issuer: speech.issuer,
            paragraph: paragraph.index,
            sentenceIndex: sentence.index,
            sentence: sentence.text,
            start: match.start,
            end: match.end,
            matched: patterns[match.pattern] as string,
          });
        }
      }
    }
  }

  const entries = terms.map(
    (term, index): DictionaryEntry => ({
      id: term.id,
      term: term.term,
      variants: term.variants,
      category: term.category,
      pinyin: term.pinyin ?? pinyinOf(term.term),
      en: term.en,
      gloss: term.gloss,
      parts: term.parts,
      related: term.related,
      ...(term.proposed ? { proposed: term.proposed } : {}),
      inCorpus: term.inCorpus,
      citations: citations[index] ?? [],
    }),
  );
  return {
    dictionary: {
      entries,
      speeches: ordered.map(({ id, title, issuer, order }) => ({ id, title, issuer, order })),
    },
    patterns,
    patternEntries,
    automaton,
  };
}
