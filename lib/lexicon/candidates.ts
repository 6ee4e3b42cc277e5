import { containsPlaceholder } from '../corpus/placeholders';
import type { Speech } from '../corpus/types';
import {
  type FormulationOccurrence,
  hanRunEnd,
  MAX_QUOTED_LENGTH,
  numberedFormulations,
  positions,
  quotedFormulations,
  wordBoundaries,
} from './corpus-formulations';

/**
 * Candidate phrases for the lexicon: formulation-like phrases of a corpus that the lexicon does
 * not know yet, ranked for a curator. Pure: the word segmenter (jieba-wasm, 4 MB of wasm, Node
 * only) is passed in, so this module stays out of browser bundles' way.
 */
export type CandidateKind = 'quoted' | 'numbered' | 'frequent';

export interface Candidate {
  phrase: string;
  kind: CandidateKind;
  /** Occurrences in the corpus that are not part of a known form or of a longer candidate. */
  count: number;
  /** The first sentence holding such an occurrence, and where the phrase starts in it. */
  example: string;
  exampleStart: number;
  /** Id of the speech the example comes from. */
  speech: string;
}

export interface FindCandidatesOptions {
  corpus: readonly Speech[];
  /** Surface forms the lexicon already has (see knownForms). */
  known: ReadonlySet<string>;
  /**
   * Word segmenter (jieba in Node): without it there are no 'frequent' candidates, and numbered
   * formulations are not checked against word boundaries (进一步统一 is not 一步统一).
   */
  segment?: (text: string) => readonly Token[];
  /** Longest quoted phrase, in characters, that counts as a formulation (default 12). */
  maxQuotedLength?: number;
  /** Fewest occurrences for a 'frequent' word (default 3). */
  minFrequentCount?: number;
}

/** A word of a segmentation, with its part-of-speech tag when the segmenter gives one. */
export interface Token {
  word: string;
  tag?: string;
}

/**
 * Part-of-speech tags (jieba's, after ICTCLAS) of words that are never formulations: pronouns,
 * adverbs, conjunctions, prepositions, particles, numerals, measure words, locatives, time words,
 * person names (习近平 is a name, not a 提法).
 */
const FUNCTION_TAG = /^(?:r|d|c|p|u|m|q|f|t|y|e|o|x|w|nrfg|nrt)/;

interface CorpusSentence {
  text: string;
  speech: string;
}

const HAN_WORD = /^\p{Script=Han}+$/u;

const KIND_RANK: Record<CandidateKind, number> = { numbered: 0, quoted: 1, frequent: 2 };

/** Every title and sentence: a title can name a formulation too (坚定践行“两个维护”). */
function corpusSentences(corpus: readonly Speech[]): CorpusSentence[] {
  return corpus.flatMap((speech) => [
    { text: speech.title, speech: speech.id },
    ...speech.paragraphs.flatMap((p) => p.sentences.map((s) => ({ text: s.text, speech: speech.id }))),
  ]);
}

/**
 * Where the word after a numeral and measure word may end (两个|确立): after two to four Han
 * characters.
 */
function measuredWordEnds(text: string, wordStart: number): number[] {
  const runEnd = hanRunEnd(text, wordStart, 4);
  return [2, 3, 4].map((length) => wordStart + length).filter((end) => end <= runEnd);
}

/**
 * The phrase of a numbered anchor (lib/lexicon/corpus-formulations.ts). With a segmentation, it
 * must end on a word boundary (进一步|统一|思想 gives no 一步统一思想): an alternation as it is, a
 * measured phrase at the shortest word end that is one; without one, a measured word is two
 * characters long.
 */
function numberedPhrase({
  text,
  anchor,
  bounds,
}: {
  text: string;
  anchor: FormulationOccurrence;
  bounds: ReadonlySet<number> | undefined;
}): string | undefined {
  const end =
    anchor.shape === 'alternating'
      ? anchor.end
      : measuredWordEnds(text, anchor.end - 1).find((at) => !bounds || bounds.has(at));
  if (end === undefined || (bounds && !bounds.has(end))) return undefined;
  return text.slice(anchor.start, end);
}

/** A quoted phrase that is, as a whole, a numbered formulation (“四个意识”, “三会一课”). */
function isWholeNumbered(phrase: string): boolean {
  return numberedFormulations(phrase).some(
    (anchor) =>
      anchor.start === 0 &&
      (anchor.shape === 'alternating'
        ? anchor.end === phrase.length
        : measuredWordEnds(phrase, anchor.end - 1).includes(phrase.length)),
  );
}

/**
 * Finds and ranks candidates: numbered formulations first, then quoted phrases, then frequent
 * words; within a kind by count, longer phrases first, then by first appearance. A phrase is
 * dropped when it is known, holds an x/xx placeholder, or never occurs outside a known form or a
 * longer candidate (三会 inside 三会一课).
 */
export function findCandidates(options: FindCandidatesOptions): Candidate[] {
  const { known, segment } = options;
  const maxQuoted = options.maxQuotedLength ?? MAX_QUOTED_LENGTH;
  const minFrequent = options.minFrequentCount ?? 3;
  const sentences = corpusSentences(options.corpus);

  const kinds = new Map<string, CandidateKind>();
  const frequency = new Map<string, number>();
  const offer = (phrase: string, kind: CandidateKind) => {
    if (phrase.length < 2 || known.has(phrase) || containsPlaceholder(phrase)) return;
    const previous = kinds.get(phrase);
    if (previous === undefined || KIND_RANK[kind] < KIND_RANK[previous]) kinds.set(phrase, kind);
  };

  for (const { text } of sentences) {
    const tokens = segment?.(text);
    const words = tokens?.map((token) => token.word);
    const bounds = words && wordBoundaries(text, words);
    for (const { phrase } of quotedFormulations(text, maxQuoted)) {
      const inner = phrase.trim();
      offer(inner, isWholeNumbered(inner) ? 'numbered' : 'quoted');
    }
    for (const anchor of numberedFormulations(text, words)) {
      const phrase = numberedPhrase({ text, anchor, bounds });
      if (phrase) offer(phrase, 'numbered');
    }
    for (const { word, tag } of tokens ?? []) {
      if (word.length >= 3 && HAN_WORD.test(word) && !(tag && FUNCTION_TAG.test(tag))) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
  }
  for (const [word, n] of frequency) if (n >= minFrequent) offer(word, 'frequent');

  // Longer phrases (known or candidate) that contain each candidate: occurrences inside them do not count.
  const containers = [...known, ...kinds.keys()];
  const candidates: (Candidate & { first: number })[] = [];
  for (const [phrase, kind] of kinds) {
    const within = containers.filter((c) => c.length > phrase.length && c.includes(phrase));
    let count = 0;
    let example: { sentence: CorpusSentence; start: number; index: number } | undefined;
    sentences.forEach((sentence, index) => {
      for (const at of positions(sentence.text, phrase)) {
        if (within.some((c) => covers(sentence.text, c, phrase, at))) continue;
        count++;
        example ??= { sentence, start: at, index };
      }
    });
    if (!example || (kind === 'frequent' && count < minFrequent)) continue;
    candidates.push({
      phrase,
      kind,
      count,
      example: example.sentence.text,
      exampleStart: example.start,
      speech: example.sentence.speech,
      first: example.index,
    });
  }

  candidates.sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      b.count - a.count ||
      b.phrase.length - a.phrase.length ||
      a.first - b.first,
  );
  return candidates.map(({ first: _first, ...c }) => c);
}

/** True if `container` occurs in `text` around the occurrence of `phrase` at `at`. */
function covers(text: string, container: string, phrase: string, at: number): boolean {
  for (const k of positions(container, phrase)) {
    if (at - k >= 0 && text.startsWith(container, at - k)) return true;
  }
  return false;
}

/**
 * Every surface form a term sheet already accounts for: headwords, variants, and the excluded and
 * blocked phrases of excluded.yaml (a blocked 第一责任人 has been looked at, not overlooked).
 */
export function knownForms(sheets: {
  terms: readonly { term: string; variants: readonly string[] }[];
  excluded: readonly { phrase: string }[];
  blocked: readonly { phrase: string }[];
}): Set<string> {
  const known = new Set<string>();
  for (const t of sheets.terms) {
    known.add(t.term);
    for (const variant of t.variants) known.add(variant);
  }
  for (const { phrase } of [...sheets.excluded, ...sheets.blocked]) known.add(phrase);
  return known;
}
