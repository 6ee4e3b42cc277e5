import type { CategoryId } from '../../../lib/categories';
import type { DictionaryEntry } from '../../../lib/dictionary-types';
import { compile, scan } from '../../../lib/matcher';
import type { HighlightApi, HighlightLike } from '../../../lib/page/highlight-registry';
import type { ScannedMatch } from '../../../lib/page/page-index';

export function entry(id: string, term: string, category: CategoryId): DictionaryEntry {
  return {
    id,
    term,
    variants: [],
    category,
    pinyin: '',
    en: '',
    gloss: { zh: '', en: '' },
    parts: [],
    related: [],
    inCorpus: true,
    citations: [],
  };
}

export const ENTRIES: DictionaryEntry[] = [
  entry('sige-yishi', '四个意识', 'core'),
  entry('liangge-queli', '两个确立', 'core'),
  entry('liangge-weihu', '两个维护', 'core'),
  entry('sanhui-yike', '三会一课', 'institution'),
  entry('yigang-shuangze', '一岗双责', 'discipline'),
];

const automaton = compile(
  ENTRIES.map((e) => e.term),
  { fold: { 兩: '两', 個: '个', 確: '确', 識: '识', 會: '会', 課: '课' } },
);

/** The content script's scanner, over a small automaton compiled here. */
export function scanText(text: string): ScannedMatch[] {
  return scan(automaton, text).map((m) => ({ start: m.start, end: m.end, entry: ENTRIES[m.pattern] }));
}

/** A stand-in for CSS.highlights (happy-dom has none): a Map of Sets. */
export function fakeHighlightApi(): HighlightApi & { registry: Map<string, HighlightLike> } {
  return { registry: new Map(), create: () => new Set<AbstractRange>() };
}

/** The text a range covers (happy-dom has no StaticRange, so these are live Ranges). */
export function textOf(range: AbstractRange): string {
  return (range as Range).toString();
}
