import { splitSentences } from './sentences';
import type { Paragraph } from './types';

/** A line that holds only whitespace (spaces, U+00A0 no-break spaces, U+3000) separates blocks. */
export function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/** Longest line, in characters, that may be a section heading. */
const HEADING_MAX_LENGTH = 40;

const SENTENCE_END = /[。！？!?]/;
/** Closing marks that may follow the last real character of a line. */
const TRAILING_CLOSERS = /[”’」』》〉）)】〕\s]+$/u;
/** A line ending in one of these is visibly unfinished. */
const UNFINISHED_END = /[，、,“‘《（(【「『]$/;
/** Ideographs, Latin letters, digits: a line may end here mid-sentence or as a heading. */
const WORD_END = /[\p{Script=Han}A-Za-z0-9]$/u;

/**
 * A heading is short and has no sentence terminator anywhere: 一、加强组织领导抓作风 and
 * 一是强化政治建设，做“两个确立”的坚定维护者 are headings; a long line, or one that already
 * holds a 。, is prose.
 */
function isHeading(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= HEADING_MAX_LENGTH && !SENTENCE_END.test(text);
}

/**
 * True when a line breaks a sentence that the next line finishes (…举办\n兵团庆祝建党100周年…).
 * A line ending in ，、 or an opening mark is always unfinished. A line ending in a word
 * character is unfinished only if it is prose (see isHeading), so headings stay on their own.
 * A line ending in ；or ： is treated as finished: list items are often laid out one per line.
 */
function continuesOnNextLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (UNFINISHED_END.test(text)) return true;
  // …举办《永远的旗帜》 may break too; …的“两个维护”。” may not.
  const core = text.replace(TRAILING_CLOSERS, '');
  return WORD_END.test(core) && !isHeading(text);
}

/** Chinese needs no space when joining lines; two Latin words or numbers do. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Turns the lines of a speech body into paragraphs: one non-blank line is one paragraph, except
 * that a line breaking a sentence is joined with the line that follows it.
 */
export function linesToParagraphs(lines: readonly string[]): Paragraph[] {
  const texts: string[] = [];
  let pending: string | undefined;
  for (const raw of lines) {
    if (isBlankLine(raw)) {
      if (pending !== undefined) texts.push(pending);
      pending = undefined;
      continue;
    }
    const line = raw.trim();
    pending = pending === undefined ? line : joinLines(pending, line);
    if (!continuesOnNextLine(line)) {
      texts.push(pending);
      pending = undefined;
    }
  }
  if (pending !== undefined) texts.push(pending);

  return texts.map((text, index) => {
    const paragraph: Paragraph = { index, text, sentences: splitSentences(text) };
    if (isHeading(text)) paragraph.heading = true;
    return paragraph;
  });
}
