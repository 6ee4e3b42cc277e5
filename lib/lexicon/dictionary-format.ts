import type { CategoryId } from '../categories';
import type { Citation, Dictionary, DictionaryEntry } from '../dictionary-types';

/**
 * The compact form of the Dictionary inside the generated module 'virtual:tifa-dictionary' (pure:
 * the build packs it, lib/dictionary-runtime.ts expands it). The module ends up in the content
 * script, which runs in every frame of every page, so it is kept small: each cited corpus sentence
 * is stored once and citations point at it, a citation's title and issuer come from the speech
 * list, and what only the card needs (glosses, parts, citations …) is kept apart from what
 * highlighting needs, so that the build can compress it and the page decode it when a card opens.
 */

/** The patternEntries value of a blocked phrase: the automaton matches it so that it wins, then callers drop it. */
export const BLOCKED_PATTERN = -1;

/**
 * The entry a match's pattern belongs to, or undefined for a blocked phrase (第一责任人 holds 第一责任
 * but is not it): callers drop that match. An index outside the table is a bug, so it throws.
 */
export function entryForPattern<Entry>(
  patternEntries: readonly number[],
  entries: readonly Entry[],
  pattern: number,
): Entry | undefined {
  const index = patternEntries[pattern];
  if (index === BLOCKED_PATTERN) return undefined;
  const entry = entries[index ?? -1];
  if (entry === undefined) throw new RangeError(`no dictionary entry for pattern ${pattern}`);
  return entry;
}

/** What highlighting and counting need, on every page. */
export type CoreEntry = [
  id: string,
  term: string,
  variants: string[],
  category: CategoryId,
  inCorpus: 0 | 1,
  proposed?: { date?: string; occasion?: string },
];

export interface CoreTable {
  speeches: Dictionary['speeches'];
  entries: CoreEntry[];
}

/** What the card needs; `citations` holds CITATION_WIDTH numbers per citation. */
export type DetailEntry = [
  pinyin: string,
  en: string,
  glossZh: string,
  glossEn: string,
  parts: string[],
  related: string[],
  citations: number[],
];

export interface DetailTable {
  /** Every cited corpus sentence, once. */
  sentences: string[];
  /** In the order of CoreTable.entries. */
  entries: DetailEntry[];
}

/**
 * A citation as numbers: speech (index into the speech list), paragraph, sentence index within the
 * paragraph, sentence (index into DetailTable.sentences), start, end, and the form that matched
 * (0 = the headword, n = variant n − 1).
 */
const CITATION_WIDTH = 7;

/** The fields that stay undecoded until one of them is read. */
type DetailKey = 'pinyin' | 'en' | 'gloss' | 'parts' | 'related' | 'citations';

export function packDictionary(dictionary: Dictionary): { core: CoreTable; details: DetailTable } {
  const speechIndex = new Map(dictionary.speeches.map((speech, index) => [speech.id, index]));
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const core: CoreEntry[] = [];
  const details: DetailEntry[] = [];
  for (const entry of dictionary.entries) {
    const row: CoreEntry = [entry.id, entry.term, entry.variants, entry.category, entry.inCorpus ? 1 : 0];
    if (entry.proposed) row[5] = entry.proposed;
    core.push(row);
    const forms = [entry.term, ...entry.variants];
    const citations = entry.citations.flatMap((citation) => {
      const speech = speechIndex.get(citation.speech);
      const listed = speech === undefined ? undefined : dictionary.speeches[speech];
      // Title and issuer are restored from the speech list, so they must be the list's.
      if (speech === undefined || listed?.title !== citation.title || listed.issuer !== citation.issuer) {
        throw new Error(
          `${entry.id}: citation of speech "${citation.speech}" does not match the speech list`,
        );
      }
      const form = forms.indexOf(citation.matched);
      if (form === -1)
        throw new Error(`${entry.id}: citation matched “${citation.matched}”, not one of its forms`);
      let sentence = sentenceIndex.get(citation.sentence);
      if (sentence === undefined) {
        sentence = sentences.push(citation.sentence) - 1;
        sentenceIndex.set(citation.sentence, sentence);
      }
      return [
        speech,
        citation.paragraph,
        citation.sentenceIndex,
        sentence,
        citation.start,
        citation.end,
        form,
      ];
    });
    details.push([
      entry.pinyin,
      entry.en,
      entry.gloss.zh,
      entry.gloss.en,
      entry.parts,
      entry.related,
      citations,
    ]);
  }
  return { core: { speeches: dictionary.speeches, entries: core }, details: { sentences, entries: details } };
}

/**
 * The Dictionary, with the shape of lib/dictionary-types.ts. The detail fields of every entry are
 * getters: the first read of any of them runs `details()` and expands every entry's details once,
 * so a page that is only highlighted never decodes the glosses and citations. (Getters in the
 * object literal, not redefined later, so that the entries keep one fast shape.)
 */
export function expandDictionary({
  core,
  details,
}: {
  core: CoreTable;
  details: () => DetailTable;
}): Dictionary {
  let expanded: Pick<DictionaryEntry, DetailKey>[] | undefined;
  const detailsOf = (index: number): Pick<DictionaryEntry, DetailKey> => {
    if (!expanded) {
      const table = details();
      expanded = core.entries.map(([id, term, variants], i) => {
        const row = table.entries[i];
        if (!row) throw new RangeError(`no details for entry ${id}`);
        return unpackDetails({ row, forms: [term, ...variants], core, table });
      });
    }
    return expanded[index] as Pick<DictionaryEntry, DetailKey>;
  };
  const entries = core.entries.map(([id, term, variants, category, inCorpus, proposed], index) => {
    const entry: DictionaryEntry = {
      id,
      term,
      variants,
      category,
      inCorpus: inCorpus === 1,
      get pinyin() {
        return detailsOf(index).pinyin;
      },
      get en() {
        return detailsOf(index).en;
      },
      get gloss() {
        return detailsOf(index).gloss;
      },
      get parts() {
        return detailsOf(index).parts;
      },
      get related() {
        return detailsOf(index).related;
      },
      get citations() {
        return detailsOf(index).citations;
      },
    };
    if (proposed) entry.proposed = proposed;
    return entry;
  });
  return { entries, speeches: core.speeches };
}

function unpackDetails({
  row,
  forms,
  core,
  table,
}: {
  row: DetailEntry;
  forms: string[];
  core: CoreTable;
  table: DetailTable;
}): Pick<DictionaryEntry, DetailKey> {
  const [pinyin, en, zh, glossEn, parts, related, numbers] = row;
  const citations: Citation[] = [];
  for (let i = 0; i < numbers.length; i += CITATION_WIDTH) {
    const [speechIndex = -1, paragraph = 0, sentenceIndex = 0, sentence = -1, start = 0, end = 0, form = -1] =
      numbers.slice(i, i + CITATION_WIDTH);
    const speech = core.speeches[speechIndex];
    const text = table.sentences[sentence];
    const matched = forms[form];
    if (!speech || text === undefined || matched === undefined) {
      throw new RangeError(`bad citation ${numbers.slice(i, i + CITATION_WIDTH).join(',')} of ${forms[0]}`);
    }
    citations.push({
      speech: speech.id,
      title: speech.title,
      issuer: speech.issuer,
      paragraph,
      sentenceIndex,
      sentence: text,
      start,
      end,
      matched,
    });
  }
  return { pinyin, en, gloss: { zh, en: glossEn }, parts, related, citations };
}
