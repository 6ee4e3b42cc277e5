import type { Sentence } from './types';

/**
 * Sentence ends: 。！？ and their half-width forms. The semicolon ； is NOT a sentence end: in
 * these texts it joins the parallel clauses of one long sentence (一是…；二是…；三是…。), and a
 * citation cut at ； would start mid-thought. The colon ： introduces what follows, so it does not
 * end a sentence either. An ellipsis (…) or further terminators right after a terminator stay with
 * the sentence (？！, 。。。).
 */
const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
const TRAILING_TERMINATORS = new Set([...TERMINATORS, '…']);

/** Opening mark → its closing mark. */
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '（': '）',
  '(': ')',
  '【': '】',
  '〔': '〕',
};
const CLOSERS = new Set(Object.values(PAIRS));

/**
 * A book title is a name: a terminator inside it (《你好！中国》) never ends the sentence, even
 * right before the closing mark. Inside quotes, a terminator ends the sentence only when the quote
 * closes right after it and the text does not go on as the same clause (“…。”，… does not end).
 */
const BOOK_TITLE_OPENERS = new Set(['《', '〈']);

/** After a closing run, these mean the sentence goes on. */
const CONTINUATIONS = new Set(['，', '、', '；', '：', ',', ';', ':', '的']);

const isSpace = (ch: string) => /\s/.test(ch);

/**
 * Matches opening and closing marks with a stack. Unmatched marks (a typo in the source, a
 * stray ”) are ignored, so one missing quote cannot swallow the rest of the paragraph.
 */
function matchPairs(text: string): { closeOf: Map<number, number>; openOf: Map<number, number> } {
  const closeOf = new Map<number, number>();
  const openOf = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (PAIRS[ch] !== undefined) {
      stack.push(i);
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    // Close the innermost opener of this kind; openers above it were never closed.
    for (let k = stack.length - 1; k >= 0; k--) {
      if (PAIRS[text[stack[k]]] === ch) {
        closeOf.set(stack[k], i);
        openOf.set(i, stack[k]);
        stack.length = k;
        break;
      }
    }
  }
  return { closeOf, openOf };
}

/**
 * Splits a paragraph into sentences. Each sentence keeps its terminator and the closing quotes or
 * brackets right after it; whitespace between sentences belongs to none. Offsets are exact:
 * `text.slice(s.start, s.start + s.text.length) === s.text`.
 */
export function splitSentences(text: string): Sentence[] {
  const { closeOf, openOf } = matchPairs(text);
  const sentences: Sentence[] = [];
  const open: number[] = [];
  let start = 0;

  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, text: text.slice(s, e), start: s });
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    if (closeOf.has(i)) {
      open.push(i);
      continue;
    }
    if (openOf.has(i)) {
      open.pop();
      continue;
    }
    if (!TERMINATORS.has(text[i])) continue;

    let j = i + 1;
    while (j < text.length && TRAILING_TERMINATORS.has(text[j])) j++;
    let closedBookTitle = false;
    // Closing marks right after the terminator stay with the sentence.
    while (j < text.length && CLOSERS.has(text[j])) {
      const opener = openOf.get(j);
      if (opener !== undefined) {
        if (open.at(-1) !== opener) break;
        if (BOOK_TITLE_OPENERS.has(text[opener])) closedBookTitle = true;
        open.pop();
      }
      j++;
    }
    i = j - 1;
    if (open.length > 0 || closedBookTitle) continue;
    let next = j;
    while (next < text.length && isSpace(text[next])) next++;
    if (next < text.length && CONTINUATIONS.has(text[next])) continue;
    push(j);
  }
  push(text.length);
  return sentences;
}
