// Build time only (Node): pinyin-pro and jieba-wasm are large and must stay out of the extension
// bundle. The extension receives the finished pinyin inside the generated dictionary.
import { cut_for_search, tag } from 'jieba-wasm';
import { pinyin } from 'pinyin-pro';
import { NUMERAL_CHARS } from './numerals';

const HAN = /\p{Script=Han}/u;
// A numeral run and one measure word that is not itself a numeral (四个, 八项; not 十九).
const NUMERAL_THEN_MEASURE = new RegExp(
  `^([${NUMERAL_CHARS}]+)((?![${NUMERAL_CHARS}])\\p{Script=Han})$`,
  'u',
);
const ORDINAL = new RegExp(`^第([${NUMERAL_CHARS}]+)$`, 'u');
/** Words longer than this are split into the shorter words jieba finds inside them. */
const LONGEST_WORD = 4;

interface Word {
  text: string;
  /**
   * jieba's part-of-speech tag (ns: a place name, nrfg: a well-known person's full name), or
   * 'syllables' for a long idiom.
   */
  tag: string;
}

/**
 * Pinyin with tone marks, written word by word the way dictionaries do (after GB/T 16159):
 * syllables of one word are joined (yìshí), numerals stand apart from their measure word
 * (sì gè yìshí), 第 is hyphenated to its numeral (dì-yī), four-character set phrases are split in
 * two with a hyphen (zhèngfēng-sùjì), place and person names are capitalised (Xí Jìnpíng,
 * Zhōngguó). Words come from jieba; readings come from pinyin-pro over the whole headword, so
 * that polyphones are read in context. Tone sandhi of 一 and 不 is not written, as in
 * dictionaries. The term sheet's `pinyin:` overrides this where it is wrong.
 */
export function generatePinyin(text: string): string {
  // One reading per Han character of the whole text; other characters are written as they are.
  let readings = pinyin(text, { type: 'array', toneSandhi: false, nonZh: 'removed' });
  const inContext = readings.length === hanCount(text);
  const written: string[] = [];
  let previousWasOther = false;
  for (const word of words(text)) {
    if (!HAN.test(word.text)) {
      const trimmed = word.text.trim();
      // Keep runs of other characters together (x+), as they are written.
      if (trimmed && previousWasOther) written.push(`${written.pop() ?? ''}${trimmed}`);
      else if (trimmed) written.push(trimmed);
      previousWasOther = trimmed !== '';
      continue;
    }
    previousWasOther = false;
    const count = hanCount(word.text);
    const wordReadings = inContext
      ? readings.slice(0, count)
      : pinyin(word.text, { type: 'array', toneSandhi: false, nonZh: 'removed' });
    readings = readings.slice(count);
    written.push(...writeWord(word, wordReadings));
  }
  return written
    .join(' ')
    .replace(/ ?[、，,] ?/g, ', ')
    .replace(/ ?· ?/g, ' · ')
    .replace(/[“《‘] ?/g, '"')
    .replace(/ ?[”》’]/g, '"');
}

function hanCount(value: string): number {
  return [...value].filter((char) => HAN.test(char)).length;
}

/** jieba's words, with long ones (中国共产党纪律处分条例 → …) broken into the words inside them. */
function words(text: string): Word[] {
  return tag(text, true).flatMap(({ word, tag: wordTag }): Word[] => {
    if ([...word].length <= LONGEST_WORD || !HAN.test(word)) return [{ text: word, tag: wordTag }];
    // A long idiom (行百里者半九十) has no words inside: read it syllable by syllable.
    if (wordTag === 'i' || wordTag === 'l') return [{ text: word, tag: 'syllables' }];
    // The words of an organisation's name (中国共产党) are all capitalised: tag them as names.
    return splitLongWord(word).map((part) => ({
      text: part,
      tag: wordTag === 'nt' ? 'ns' : (tag(part, true)[0]?.tag ?? ''),
    }));
  });
}

/** Greedy from the left: the longest shorter word jieba's search mode knows, else one character. */
function splitLongWord(word: string): string[] {
  const known = new Set(cut_for_search(word, true).filter((part) => part !== word && part.length > 1));
  const parts: string[] = [];
  let at = 0;
  while (at < word.length) {
    let length = Math.min(LONGEST_WORD, word.length - at);
    while (length > 1 && !known.has(word.slice(at, at + length))) length--;
    parts.push(word.slice(at, at + length));
    at += length;
  }
  // Single characters in a row (马克思 unknown) read better as one word than as loose syllables.
  return parts.reduce<string[]>((merged, part) => {
    const last = merged.at(-1);
    if (last !== undefined && part.length === 1 && last.length === 1) merged[merged.length - 1] = last + part;
    else merged.push(part);
    return merged;
  }, []);
}

function writeWord(word: Word, readings: string[]): string[] {
  const chars = [...word.text];
  // A word that mixes Han and other characters (x名) is rare; read it syllable by syllable.
  if (readings.length !== chars.length) return [readings.join(' ')];
  if (word.tag === 'nrfg' && readings.length >= 2) {
    return [capitalise(readings[0] as string), capitalise(readings.slice(1).join(''))];
  }
  if (word.tag === 'ns') return [capitalise(readings.join(''))];
  if (word.tag === 'syllables') return [readings.join(' ')];
  const numeral = NUMERAL_THEN_MEASURE.exec(word.text);
  if (numeral?.[1]) {
    const digits = [...numeral[1]].length;
    return [readings.slice(0, digits).join(''), readings.slice(digits).join('')];
  }
  if (ORDINAL.test(word.text)) return [`${readings[0]}-${readings.slice(1).join('')}`];
  if (readings.length === LONGEST_WORD)
    return [`${readings.slice(0, 2).join('')}-${readings.slice(2).join('')}`];
  return [readings.join('')];
}

function capitalise(syllables: string): string {
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}
