import type { Sentence } from '../../corpus/types';
import type { DictionaryEntry } from '../../dictionary-types';
import { type Automaton, scan } from '../../matcher';

/** A piece of a sentence: plain text, or an occurrence of a dictionary entry. */
export type Segment = { text: string; entry?: undefined } | { text: string; entry: DictionaryEntry };

/**
 * A sentence cut into plain text and terms, with the same scanner and the same leftmost-longest
 * rule as the pages and as the citations (which the build also finds sentence by sentence).
 */
export function sentenceSegments(
  sentence: Pick<Sentence, 'text'>,
  automaton: Automaton,
  /** Undefined for a blocked phrase (第一责任人 is not 第一责任): it stays plain text. */
  entryOf: (pattern: number) => DictionaryEntry | undefined,
): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of scan(automaton, sentence.text)) {
    const entry = entryOf(match.pattern);
    if (!entry) continue;
    if (match.start > at) segments.push({ text: sentence.text.slice(at, match.start) });
    segments.push({ text: sentence.text.slice(match.start, match.end), entry });
    at = match.end;
  }
  if (at < sentence.text.length) segments.push({ text: sentence.text.slice(at) });
  return segments;
}

/** How often each entry occurs in a list of sentences (the card's count in the reader). */
export function countEntries(segmentLists: Iterable<Segment[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const segments of segmentLists) {
    for (const segment of segments) {
      if (segment.entry) counts.set(segment.entry.id, (counts.get(segment.entry.id) ?? 0) + 1);
    }
  }
  return counts;
}
