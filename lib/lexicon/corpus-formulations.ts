/**
 * Finds the phrases of a corpus text that look like formulations, so the data tests can demand
 * that each one is in the lexicon or in excluded.yaml. Two kinds:
 *
 * - Quoted: the text between full-width quotes “…”, at most 12 characters. Such a phrase must be
 *   a headword, a variant or an excluded phrase exactly.
 * - Numbered: a numeral where a slogan counts its parts. Two shapes, after reading the corpus:
 *   1. Measured: a number (两…九, 十, 十一…九十九, not 一 alone, which is the article "a") then a
 *      measure word 个 种 项 条 点 类 级 then a Han character: 两个维护, 四种形态, 八项规定,
 *      三级联动, 五个方面.
 *   2. Alternating: two or more groups of one numeral and a word of the same length (one or two
 *      characters) that is not a numeral: 三会一课, 两学一做, 一岗双责, 一群两区三圈,
 *      一部门一品牌.
 *   Neither shape may start right after another numeral or after 第 (十九届六中全会 is a number
 *   and an ordinal, 第一议题 an ordinal), nor inside a word when a word segmenter is given
 *   (进一步统一思想 holds no 一步统一思想). Where a numbered phrase ends cannot be known without
 *   a dictionary (增强四个意识和…), so a numbered occurrence is covered when some headword,
 *   variant or excluded phrase occurs in the text over the whole of its anchor: the numeral, the
 *   measure word and the next character (四个意), or the whole alternation (三会一课).
 */

import { NUMERAL_CHARS } from './numerals';

export interface FormulationOccurrence {
  kind: 'quoted' | 'numbered';
  /** Numbered only: a number and a measure word (两个…), or numerals alternating with words (三会一课). */
  shape?: 'measured' | 'alternating';
  /** UTF-16 offsets into the text, end exclusive: the quoted content, or the numbered anchor. */
  start: number;
  end: number;
  /** What to show a curator: the quoted phrase, or the anchor with a few characters after it. */
  phrase: string;
}

export const MAX_QUOTED_LENGTH = 12;

const NOT_AFTER = `(?<![${NUMERAL_CHARS}第])`;
const NUMBER = '(?:[二两三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?)';
const MEASURED = new RegExp(`${NOT_AFTER}${NUMBER}[个种项条点类级]\\p{Script=Han}`, 'gu');
const HAN_NOT_NUMERAL = `[^${NUMERAL_CHARS}\\P{Script=Han}]`;
const ALTERNATING = [1, 2].map(
  (length) =>
    new RegExp(
      `${NOT_AFTER}(?:[${NUMERAL_CHARS}]${HAN_NOT_NUMERAL}{${length}}){2,}(?![${NUMERAL_CHARS}])`,
      'gu',
    ),
);
const QUOTED = /“([^“”]+)”/g;
const HAN = /\p{Script=Han}/u;
const SHOWN_AFTER_ANCHOR = 3;

export function quotedFormulations(text: string, maxLength = MAX_QUOTED_LENGTH): FormulationOccurrence[] {
  const found: FormulationOccurrence[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const phrase = match[1] as string;
    if ([...phrase].length > maxLength) continue;
    const start = match.index + 1;
    found.push({ kind: 'quoted', start, end: start + phrase.length, phrase });
  }
  return found;
}

/** Splits a text into words (jieba in Node); their lengths give the word boundaries. */
export type Segmenter = (text: string) => readonly string[];

/**
 * The numbered anchors of `text`. With `words`, the text's segmentation, an anchor must start on a
 * word boundary.
 */
export function numberedFormulations(text: string, words?: readonly string[]): FormulationOccurrence[] {
  const boundaries = words && wordBoundaries(text, words);
  const found: FormulationOccurrence[] = [];
  for (const pattern of [MEASURED, ...ALTERNATING]) {
    const shape = pattern === MEASURED ? 'measured' : 'alternating';
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (boundaries && !boundaries.has(start)) continue;
      const end = start + match[0].length;
      const shownEnd = shape === 'measured' ? hanRunEnd(text, end, SHOWN_AFTER_ANCHOR) : end;
      found.push({ kind: 'numbered', shape, start, end, phrase: text.slice(start, shownEnd) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The occurrences of formulation-like phrases in `text` that no known phrase accounts for.
 * `known` holds every headword, variant and excluded phrase.
 */
export function unaccountedFormulations({
  text,
  known,
  segment,
}: {
  text: string;
  known: ReadonlySet<string>;
  segment?: Segmenter;
}): FormulationOccurrence[] {
  const quoted = quotedFormulations(text).filter((occurrence) => !known.has(occurrence.phrase));
  const spans = knownSpans(text, known);
  const numbered = numberedFormulations(text, segment?.(text)).filter(
    (occurrence) => !spans.some(([start, end]) => start <= occurrence.start && end >= occurrence.end),
  );
  return [...quoted, ...numbered];
}

/** Every occurrence of every known phrase, overlapping ones included. */
function knownSpans(text: string, known: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of known) {
    if (!phrase) continue;
    for (const at of positions(text, phrase)) spans.push([at, at + phrase.length]);
  }
  return spans;
}

/** Every offset where `phrase` occurs in `text`, overlapping occurrences included. */
export function positions(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
}

/**
 * Offsets where a word of the segmentation starts or ends (0 included). A segmentation that does
 * not give the text back unchanged cannot say where words start: then every offset counts.
 */
export function wordBoundaries(text: string, words: readonly string[]): Set<number> {
  const boundaries = new Set([0]);
  let offset = 0;
  for (const word of words) {
    offset += word.length;
    boundaries.add(offset);
  }
  return offset === text.length ? boundaries : new Set(Array.from({ length: text.length + 1 }, (_, i) => i));
}

/** The end of the run of Han characters at `from`, at most `extra` long. */
export function hanRunEnd(text: string, from: number, extra: number): number {
  let end = from;
  while (end < text.length && end - from < extra && HAN.test(text[end] as string)) end++;
  return end;
}
