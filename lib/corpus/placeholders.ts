/**
 * The source anonymises numbers and names as `x`, `xx`, `xxx` (xx次, x名, 省委xx届x次全会,
 * 文化润x工程). They are kept in the text as published, but nothing built from the corpus
 * (candidate phrases) should treat them as words. A run of one to three x that is not part of a
 * Latin word counts as a placeholder.
 */
const PLACEHOLDER = /(?<![A-Za-z])x{1,3}(?![A-Za-z])/;

/** True if `text` contains a placeholder anywhere (xx次, 文化润x工程). */
export function containsPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}
