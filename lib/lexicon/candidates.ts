import { containsPlaceholder } from '../corpus/placeholders';
import { splitSentences } from '../corpus/sentences';
import type { Speech } from '../corpus/types';

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
  /** Id of the speech the example comes from (absent for raw texts). */
  speech?: string;
}

export interface FindCandidatesOptions {
  /** Parsed speeches, or raw texts (each line split into sentences). */
  corpus: readonly (Speech | string)[];
  /** Surface forms the lexicon already has: headwords, variants, excluded phrases. */
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
  speech?: string;
}

const NUMERAL = '一二两三四五六七八九十百千万双';
const NUMERAL_RE = new RegExp(`^[${NUMERAL}]`);
/** Not after 第 or another numeral: 第一, 十九届 are ordinals and numbers, not formulations. */
const NOT_AFTER = `(?<![${NUMERAL}第])`;
/**
 * 两个确立, 四种形态, 八项规定, 三级联动: a numeral, a measure word, a word. 一 alone is left
 * out (一个/一项 is plain "one").
 */
const MEASURED = new RegExp(
  `${NOT_AFTER}(?:[二两三四五六七八九十]|[二三四五六七八九]?十[一二三四五六七八九]?)[个种项条点类级](\\p{Script=Han}{2,4})`,
  'gu',
);
const HAN_NOT_NUMERAL = `[^${NUMERAL}\\P{Script=Han}]`;
/**
 * 三会一课, 两学一做, 一岗双责, 一群两区三圈 (one-character words), 一部门一品牌 (two): two or
 * more numeral + word groups whose words have the same length.
 */
const ALTERNATIONS = [1, 2].map((n) => ({
  re: new RegExp(`${NOT_AFTER}(?:[${NUMERAL}]${HAN_NOT_NUMERAL}{${n}}){2,}(?![${NUMERAL}])`, 'gu'),
}));
const QUOTED = /“([^“”]+)”/g;
const HAN_WORD = /^\p{Script=Han}+$/u;

const KIND_RANK: Record<CandidateKind, number> = { numbered: 0, quoted: 1, frequent: 2 };

function corpusSentences(corpus: readonly (Speech | string)[]): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  for (const item of corpus) {
    if (typeof item === 'string') {
      for (const line of item.split(/\r?\n/)) {
        for (const s of splitSentences(line)) out.push({ text: s.text });
      }
      continue;
    }
    for (const p of item.paragraphs) {
      for (const s of p.sentences) out.push({ text: s.text, speech: item.id });
    }
  }
  return out;
}

/** Offsets where a word of the segmentation starts or ends (0 included). */
function wordBoundaries(tokens: readonly Token[]): Set<number> {
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) {
    at += t.word.length;
    bounds.add(at);
  }
  return bounds;
}

/**
 * Numbered alternations in a sentence. With a segmentation, the formulation must start and end on
 * word boundaries (进一步|统一|思想 gives no 一步统一思想); inside, jieba may or may not split it.
 */
function alternations(text: string, bounds: Set<number> | undefined): string[] {
  const out: string[] = [];
  for (const { re } of ALTERNATIONS) {
    for (const m of text.matchAll(re)) {
      if (!bounds || (bounds.has(m.index) && bounds.has(m.index + m[0].length))) out.push(m[0]);
    }
  }
  return out;
}

/**
 * The word after a numeral and measure (两个|确立): with a segmentation, the numeral must start a
 * word and the phrase is the shortest run of two to four characters that ends on a word boundary;
 * without one, two characters.
 */
function measuredPhrase(match: RegExpExecArray, bounds: Set<number> | undefined): string | undefined {
  if (bounds && !bounds.has(match.index)) return undefined;
  const wordStart = match.index + match[0].length - match[1].length;
  let length = 2;
  if (bounds) {
    const n = [2, 3, 4].find((k) => k <= match[1].length && bounds.has(wordStart + k));
    if (n === undefined) return undefined;
    length = n;
  }
  return match[0].slice(0, match[0].length - match[1].length + length);
}

function isWholeNumbered(phrase: string): boolean {
  if (!NUMERAL_RE.test(phrase)) return false;
  const whole = (re: RegExp) =>
    [...phrase.matchAll(re)].some((m) => m.index === 0 && m[0].length === phrase.length);
  return whole(MEASURED) || ALTERNATIONS.some(({ re }) => whole(re));
}

function positions(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) out.push(i);
  return out;
}

/**
 * Finds and ranks candidates: numbered formulations first, then quoted phrases, then frequent
 * words; within a kind by count, longer phrases first, then by first appearance. A phrase is
 * dropped when it is known, holds an x/xx placeholder, or never occurs outside a known form or a
 * longer candidate (三会 inside 三会一课).
 */
export function findCandidates(options: FindCandidatesOptions): Candidate[] {
  const { known, segment } = options;
  const maxQuoted = options.maxQuotedLength ?? 12;
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
    const bounds = tokens ? wordBoundaries(tokens) : undefined;
    for (const m of text.matchAll(QUOTED)) {
      const inner = m[1].trim();
      if ([...inner].length > maxQuoted) continue;
      offer(inner, isWholeNumbered(inner) ? 'numbered' : 'quoted');
    }
    for (const m of text.matchAll(MEASURED)) {
      const phrase = measuredPhrase(m, bounds);
      if (phrase) offer(phrase, 'numbered');
    }
    for (const phrase of alternations(text, bounds)) offer(phrase, 'numbered');
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
      ...(example.sentence.speech === undefined ? {} : { speech: example.sentence.speech }),
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

/** Every surface form a term sheet already accounts for: headwords, variants, excluded phrases. */
export function knownForms(sheets: {
  terms: readonly { term: string; variants: readonly string[] }[];
  excluded: readonly { phrase: string }[];
}): Set<string> {
  const known = new Set<string>();
  for (const t of sheets.terms) {
    known.add(t.term);
    for (const variant of t.variants) known.add(variant);
  }
  for (const e of sheets.excluded) known.add(e.phrase);
  return known;
}
