import type { CategoryId } from './categories';

/** One use of a term in the bundled corpus. */
export interface Citation {
  /** Speech id, as in assets/corpus/*.meta.yaml. */
  speech: string;
  title: string;
  issuer: string;
  /** Index of the paragraph within the speech, and of the sentence within the paragraph. */
  paragraph: number;
  sentenceIndex: number;
  sentence: string;
  /** The term's offsets within `sentence`, UTF-16 units, end exclusive. */
  start: number;
  end: number;
  /** The surface form matched (the headword or one of its variants). */
  matched: string;
}

export interface DictionaryEntry {
  id: string;
  term: string;
  variants: string[];
  category: CategoryId;
  pinyin: string;
  en: string;
  gloss: { zh: string; en: string };
  parts: string[];
  related: string[];
  proposed?: { date?: string; occasion?: string };
  /** False for well-known formulations that the bundled speeches do not use. */
  inCorpus: boolean;
  citations: Citation[];
}

/** What the build produces from assets/: every entry, with its citations. */
export interface Dictionary {
  entries: DictionaryEntry[];
  speeches: { id: string; title: string; issuer: string; order: number }[];
}
