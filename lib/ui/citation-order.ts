import type { Citation, DictionaryEntry } from '../dictionary-types';
import type { CardLang } from './card-strings';

/** The citations of one speech, most relevant first. */
export interface SpeechGroup {
  speech: string;
  title: string;
  issuer: string;
  citations: Citation[];
}

/**
 * Groups an entry's citations by speech, most relevant first. The relevance order:
 * 1. speeches that use the term most often come first: a speech that keeps returning to a
 *    formulation discusses it, one passing mention merely lists it; ties keep the order in which
 *    the speeches first appear among the citations (the corpus order the build produces);
 * 2. within a speech, sentences that use the headword itself come before those that only use a
 *    variant (the headword is the form the reader hovered over or looked up);
 * 3. then shorter sentences first: a short sentence is more often about the term, a long one more
 *    often an enumeration that only names it;
 * 4. then corpus order (paragraph, then sentence).
 */
export function groupCitations(entry: Pick<DictionaryEntry, 'term' | 'citations'>): SpeechGroup[] {
  const groups = new Map<string, SpeechGroup & { first: number }>();
  entry.citations.forEach((citation, i) => {
    let group = groups.get(citation.speech);
    if (!group) {
      group = {
        speech: citation.speech,
        title: citation.title,
        issuer: citation.issuer,
        citations: [],
        first: i,
      };
      groups.set(citation.speech, group);
    }
    group.citations.push(citation);
  });
  const usesHeadword = (c: Citation) => (c.matched === entry.term ? 0 : 1);
  const ordered = [...groups.values()].sort(
    (a, b) => b.citations.length - a.citations.length || a.first - b.first,
  );
  return ordered.map(({ first: _first, ...group }) => ({
    ...group,
    citations: [...group.citations].sort(
      (a, b) =>
        usesHeadword(a) - usesHeadword(b) ||
        a.sentence.length - b.sentence.length ||
        a.paragraph - b.paragraph ||
        a.sentenceIndex - b.sentenceIndex,
    ),
  }));
}

/**
 * What the card shows before "more": the best sentence of each of the first `maxGroups` speeches,
 * so that a glance shows the breadth of use rather than one speech's repetitions.
 */
export function previewGroups(groups: SpeechGroup[], maxGroups = 3): SpeechGroup[] {
  return groups.slice(0, maxGroups).map((group) => ({ ...group, citations: group.citations.slice(0, 1) }));
}

export function countCitations(groups: SpeechGroup[]): number {
  return groups.reduce((sum, group) => sum + group.citations.length, 0);
}

/**
 * The sentence cut into the text before the term, the term and the text after it. Offsets that do
 * not fit the sentence (a stale dictionary) fall back to the first occurrence of the matched form,
 * then to the sentence without emphasis.
 */
export function splitQuote(citation: Citation): { before: string; term: string; after: string } {
  const { sentence, matched } = citation;
  let { start, end } = citation;
  const fits = 0 <= start && start < end && end <= sentence.length;
  if (!fits || (matched && sentence.slice(start, end) !== matched && sentence.includes(matched))) {
    start = matched ? sentence.indexOf(matched) : -1;
    if (start < 0) return { before: sentence, term: '', after: '' };
    end = start + matched.length;
  }
  return { before: sentence.slice(0, start), term: sentence.slice(start, end), after: sentence.slice(end) };
}

/** A citation as plain text for the clipboard: term, quoted sentence, speech title and issuer. */
export function formatCitation({
  term,
  citation,
  lang,
}: {
  term: string;
  citation: Citation;
  lang: CardLang;
}): string {
  if (lang === 'en') {
    return `${term}\n“${citation.sentence}”\n— ${citation.issuer}, “${citation.title}”`;
  }
  return `${term}\n“${citation.sentence}”\n——${citation.issuer}《${citation.title}》`;
}
