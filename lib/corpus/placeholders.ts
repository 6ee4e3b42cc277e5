/**
 * The source anonymises numbers and names as `x`, `xx`, `xxx` (xx次, x名, 省委xx届x次全会,
 * 文化润x工程). They are kept in the text as published, but nothing built from the corpus
 * (candidate phrases, glosses) should treat them as words. A run of one to three x that is not
 * part of a Latin word counts as a placeholder.
 */
export const PLACEHOLDER_SOURCE = '(?<![A-Za-z])x{1,3}(?![A-Za-z])';

/** Global regex for finding every placeholder; create a fresh one per use via `placeholderRegExp()`. */
export function placeholderRegExp(): RegExp {
  return new RegExp(PLACEHOLDER_SOURCE, 'g');
}

const TEST_RE = new RegExp(PLACEHOLDER_SOURCE);

/** True if `text` is exactly one placeholder (x, xx or xxx). */
export function isPlaceholder(text: string): boolean {
  return /^x{1,3}$/.test(text);
}

/** True if `text` contains a placeholder anywhere (xx次, 文化润x工程). */
export function containsPlaceholder(text: string): boolean {
  return TEST_RE.test(text);
}

/** Offsets (end exclusive) of every placeholder in `text`. */
export function findPlaceholders(text: string): { start: number; end: number }[] {
  return [...text.matchAll(placeholderRegExp())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
