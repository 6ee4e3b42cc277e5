import { cut } from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/categories';
import { loadBundledCorpus } from '../../../lib/corpus/load-bundled';
import type { Speech } from '../../../lib/corpus/types';
import type { DictionaryEntry } from '../../../lib/dictionary-types';
import type { BuiltDictionary } from '../../../lib/lexicon/build-dictionary';
import { knownForms } from '../../../lib/lexicon/candidates';
import { unaccountedFormulations } from '../../../lib/lexicon/corpus-formulations';
import { generateDictionaryModule } from '../../../lib/lexicon/dictionary-module';
import { buildBundledDictionary, loadTermSheets } from '../../../lib/lexicon/load-bundled';
import { impliedPartCount } from '../../../lib/lexicon/numerals';
import type { ExcludedPhrase, Term } from '../../../lib/lexicon/schema';

/**
 * Data tests over the bundled term sheet (assets/lexicon) and corpus (assets/corpus): the lexicon
 * is built from the corpus, so every formulation-like phrase of the speeches must be an entry, a
 * variant, or excluded with a reason. What counts as formulation-like is documented in
 * lib/lexicon/corpus-formulations.ts. `npm run tifa -- candidates` lists more to consider.
 */

const MIN_ENTRIES = 150;
/** Every category must carry more than a token entry or two. */
const MIN_PER_CATEGORY = 3;
const MIN_CITED_SHARE = 0.6;
/**
 * The generated module is bundled into the content script, which runs in every frame of every
 * page: about 90 KB when this was written (it was 335 KB before the compact format).
 */
const MAX_MODULE_BYTES = 150_000;

/** The issue's own examples (issue 2, "Lexicon"): each must be a headword or a variant. */
const REQUIRED_FORMS = [
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '国之大者',
  '两个大局',
  '三会一课',
  '民主生活会',
  '一岗双责',
  '第一议题',
  '谈心谈话',
  '全面从严治党',
  '中央八项规定',
  '四种形态',
  '正风肃纪',
  '两学一做',
  '党史学习教育',
  '我为群众办实事',
  '十九届六中全会',
  '十个坚持',
  '四个伟大成就',
  '政治机关',
  '模范机关',
  '最初一公里',
  '两优一先',
  '一群两区三圈',
  '能力提升年',
  '访惠聚',
  '牛鼻子',
  '指挥棒',
  '久久为功',
  '党的政治建设',
  '党风廉政建设',
];

let built: BuiltDictionary;
let terms: Term[];
let excluded: ExcludedPhrase[];
let known: Set<string>;
let speeches: Speech[];
let entries: DictionaryEntry[];

beforeAll(() => {
  const sheets = loadTermSheets();
  ({ terms, excluded } = sheets);
  known = knownForms(sheets);
  built = buildBundledDictionary();
  entries = built.dictionary.entries;
  speeches = loadBundledCorpus();
});

const list = (items: readonly string[]) => `\n  ${items.join('\n  ')}\n`;

describe('the bundled lexicon', () => {
  it(`has at least ${MIN_ENTRIES} entries across all ${CATEGORY_IDS.length} categories`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
    const thin = CATEGORY_IDS.map((id) => ({ id, count: entries.filter((e) => e.category === id).length }))
      .filter(({ count }) => count < MIN_PER_CATEGORY)
      .map(({ id, count }) => `${id}: ${count}`);
    expect(thin, `categories with fewer than ${MIN_PER_CATEGORY} entries:${list(thin)}`).toEqual([]);
  });

  it('has the examples the issue names, as headwords or variants', () => {
    const forms = new Set(entries.flatMap((entry) => [entry.term, ...entry.variants]));
    const missing = REQUIRED_FORMS.filter((form) => !forms.has(form));
    expect(missing, `missing from the lexicon:${list(missing)}`).toEqual([]);
  });

  it(`gives at least ${MIN_CITED_SHARE * 100}% of entries a citation`, () => {
    const cited = entries.filter((entry) => entry.citations.length > 0).length;
    expect(cited / entries.length).toBeGreaterThanOrEqual(MIN_CITED_SHARE);
  });

  it('cites every entry in the corpus, and none marked inCorpus: false', () => {
    const uncited = entries
      .filter((e) => e.inCorpus && e.citations.length === 0)
      .map((e) => `${e.id} ${e.term}`);
    expect(uncited, `entries with no citation (mark them inCorpus: false?):${list(uncited)}`).toEqual([]);
    const cited = entries
      .filter((e) => !e.inCorpus && e.citations.length > 0)
      .map((e) => `${e.id} ${e.term} (${e.citations.length} citations)`);
    expect(cited, `entries marked inCorpus: false that the corpus uses:${list(cited)}`).toEqual([]);
  });

  it('cites sentences that hold the matched form at the recorded offsets', () => {
    for (const entry of entries) {
      for (const citation of entry.citations) {
        expect([entry.term, ...entry.variants]).toContain(citation.matched);
        expect(citation.sentence.slice(citation.start, citation.end)).toBe(citation.matched);
      }
    }
  });

  it('accounts for every quoted formulation of at most 12 characters and every numbered one', () => {
    const segment = (text: string) => cut(text, true);
    const missing = new Map<string, string>();
    for (const speech of speeches) {
      for (const text of [speech.title, ...speech.paragraphs.map((paragraph) => paragraph.text)]) {
        for (const occurrence of unaccountedFormulations({ text, known, segment })) {
          const key = `${occurrence.kind}: ${occurrence.phrase}`;
          const context = text.slice(Math.max(0, occurrence.start - 8), occurrence.end + 8);
          if (!missing.has(key)) missing.set(key, `${key}    …${context}…  (${speech.id})`);
        }
      }
    }
    const report = [...missing.values()];
    expect(report, `neither an entry, a variant nor in excluded.yaml:${list(report)}`).toEqual([]);
  });

  it('has related ids that resolve to other entries', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const broken = entries.flatMap((entry) =>
      entry.related.filter((id) => !ids.has(id) || id === entry.id).map((id) => `${entry.id} → ${id}`),
    );
    expect(broken, `related ids that do not resolve:${list(broken)}`).toEqual([]);
  });

  it('lists as many parts as each numbered formulation promises', () => {
    const wrong = terms
      .filter((term) => term.parts.length > 0)
      .map((term) => ({ term, expected: term.count ?? impliedPartCount(term.term) }))
      .filter(({ term, expected }) => expected !== undefined && expected !== term.parts.length)
      .map(
        ({ term, expected }) => `${term.id} ${term.term}: ${term.parts.length} parts, expected ${expected}`,
      );
    expect(wrong, list(wrong)).toEqual([]);
  });

  it('gives every entry pinyin with tone marks, an English rendering and both glosses', () => {
    const incomplete = entries
      .filter(
        (e) =>
          !/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(e.pinyin) ||
          !e.en.trim() ||
          !e.gloss.zh.trim() ||
          !e.gloss.en.trim(),
      )
      .map((e) => `${e.id} ${e.term}: pinyin “${e.pinyin}”`);
    expect(incomplete, list(incomplete)).toEqual([]);
  });

  it(`compiles into a module of at most ${MAX_MODULE_BYTES / 1000} KB of ASCII`, () => {
    const code = generateDictionaryModule(built);
    // ASCII: the content script's output escapes anything else as \uXXXX (six bytes).
    expect(code.match(/[^\n -~]/)?.[0]).toBeUndefined();
    expect(code.length).toBeLessThanOrEqual(MAX_MODULE_BYTES);
  });

  it('excludes each phrase with a reason, and only phrases that occur in the corpus', () => {
    const corpusText = speeches
      .flatMap((speech) => [speech.title, ...speech.paragraphs.map((p) => p.text)])
      .join('\n');
    const absent = excluded.filter((item) => !corpusText.includes(item.phrase)).map((item) => item.phrase);
    expect(absent, `excluded phrases the corpus does not contain:${list(absent)}`).toEqual([]);
  });
});
