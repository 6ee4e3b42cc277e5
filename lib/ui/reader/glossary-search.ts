import type { CategoryId } from '../../categories';
import type { DictionaryEntry } from '../../dictionary-types';
import type { Automaton } from '../../matcher';

/**
 * The glossary's search: Chinese in simplified or traditional characters, pinyin without tones
 * (with or without spaces), or English. Traditional characters fold with the
 * automaton's own Traditional → Simplified table, so the reader needs no converter of its own.
 */

export type FoldTable = ReadonlyMap<number, number>;

export function foldTableOf(automaton: Pick<Automaton, 'foldFrom' | 'foldTo'>): FoldTable {
  const table = new Map<number, number>();
  for (let i = 0; i < automaton.foldFrom.length; i++) table.set(automaton.foldFrom[i], automaton.foldTo[i]);
  return table;
}

/** Lower case, Traditional folded to Simplified, full-width to half-width, spaces and punctuation dropped. */
export function foldChinese(text: string, fold: FoldTable): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) {
    if (/[\s\p{P}\p{S}]/u.test(char)) continue;
    const unit = char.length === 1 ? char.charCodeAt(0) : -1;
    const folded = fold.get(unit);
    out += folded === undefined ? char : String.fromCharCode(folded);
  }
  return out;
}

/** Pinyin as typed without tones: "sì gè yì shí" → "sigeyishi"; ü is u (people type u or v). */
export function plainPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/v/g, 'u')
    .replace(/[^a-z]/g, '');
}

interface Indexed {
  entry: DictionaryEntry;
  /** Headword and variants, folded. */
  names: string[];
  /** Parts and the Chinese gloss, folded. */
  chineseText: string;
  pinyin: string;
  english: string;
}

export interface GlossaryIndex {
  entries: Indexed[];
  fold: FoldTable;
}

export function buildGlossaryIndex(entries: readonly DictionaryEntry[], fold: FoldTable): GlossaryIndex {
  return {
    fold,
    entries: entries.map((entry) => ({
      entry,
      names: [entry.term, ...entry.variants].map((name) => foldChinese(name, fold)),
      chineseText: foldChinese([...entry.parts, entry.gloss.zh].join(' '), fold),
      pinyin: plainPinyin(entry.pinyin),
      english: `${entry.en} ${entry.gloss.en}`.toLowerCase(),
    })),
  };
}

const HAN = /\p{Script=Han}/u;

/** How well an entry answers a query; undefined when it does not. Lower is better. */
function rank(item: Indexed, query: string, fold: FoldTable): number | undefined {
  if (HAN.test(query)) {
    const q = foldChinese(query, fold);
    if (!q) return undefined;
    if (item.names.some((name) => name === q)) return 0;
    if (item.names.some((name) => name.startsWith(q))) return 1;
    if (item.names.some((name) => name.includes(q))) return 2;
    if (item.chineseText.includes(q)) return 5;
    return undefined;
  }
  const latin = query.toLowerCase().trim();
  const pinyin = plainPinyin(latin);
  if (pinyin) {
    if (item.pinyin === pinyin) return 0;
    if (item.pinyin.startsWith(pinyin)) return 1;
    if (pinyin.length >= 3 && item.pinyin.includes(pinyin)) return 3;
  }
  const english = latin.replace(/\s+/g, ' ');
  if (english.length >= 2) {
    const at = item.english.indexOf(english);
    if (at === 0) return 2;
    // A word start ranks above the middle of a word ("organ" in "organs", not in "reorganise").
    if (at > 0) return /[a-z0-9]/.test(item.english[at - 1] ?? '') ? 6 : 4;
  }
  return undefined;
}

/** Entries matching the query (all when empty) in the category (all when undefined), best first. */
export function searchGlossary(
  index: GlossaryIndex,
  { query, category }: { query: string; category?: CategoryId },
): DictionaryEntry[] {
  const q = query.trim();
  const hits: { entry: DictionaryEntry; rank: number; order: number }[] = [];
  index.entries.forEach((item, order) => {
    if (category && item.entry.category !== category) return;
    const r = q ? rank(item, q, index.fold) : 0;
    if (r !== undefined) hits.push({ entry: item.entry, rank: r, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.map((hit) => hit.entry);
}
