// Inputs shared by the benchmark rows: the text to scan and the dictionaries, all deterministic.
import { readFileSync } from 'node:fs';
import { buildBundledDictionary } from '../lib/lexicon/load-bundled';

export const CORPUS_PATH = 'assets/corpus/speeches-2021.txt';
const TARGET_BYTES = 5_000_000;

/**
 * The bundled corpus repeated until its UTF-8 size reaches 5 MB. Rebuilt through TextDecoder so
 * the result is one flat string (a rope would make charCodeAt slower for every row alike).
 */
export function loadInput(): { text: string; corpus: string; bytes: number } {
  const corpus = readFileSync(CORPUS_PATH, 'utf8');
  const corpusBytes = Buffer.byteLength(corpus, 'utf8');
  const copies = Math.ceil(TARGET_BYTES / corpusBytes);
  const buffer = Buffer.alloc(copies * corpusBytes);
  for (let i = 0; i < copies; i++) buffer.write(corpus, i * corpusBytes, 'utf8');
  const text = new TextDecoder().decode(buffer);
  return { text, corpus, bytes: buffer.length };
}

export interface BundledTerms {
  patterns: string[];
  source: string;
}

/** The bundled dictionary's patterns: headwords, variants and blocked phrases. */
export function bundledTerms(): BundledTerms {
  const { patterns } = buildBundledDictionary();
  return { patterns, source: `assets/lexicon (buildBundledDictionary): ${patterns.length} patterns` };
}

/** mulberry32: a tiny deterministic PRNG, so every run scans with the same synthetic terms. */
function prng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `count` distinct synthetic terms of 2–8 Han characters drawn with the corpus's character
 * frequencies, plus the real terms (so the real ones still match among them).
 */
export function syntheticTerms(
  corpus: string,
  count: number,
  real: readonly string[],
  seed: number,
): string[] {
  const freq = new Map<string, number>();
  for (const ch of corpus) if (/\p{Script=Han}/u.test(ch)) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  const chars = [...freq.keys()];
  const cumulative = new Float64Array(chars.length);
  let total = 0;
  chars.forEach((ch, i) => {
    total += freq.get(ch) ?? 0;
    cumulative[i] = total;
  });
  const random = prng(seed);
  const pick = () => {
    const r = random() * total;
    let lo = 0;
    let hi = chars.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return chars[lo];
  };
  const terms = new Set<string>(real);
  while (terms.size < count + real.length) {
    const length = 2 + Math.floor(random() * 7);
    let term = '';
    for (let i = 0; i < length; i++) term += pick();
    terms.add(term);
  }
  return [...terms];
}
