// Child process of matcher.bench.ts: the peak memory of compiling the 100,000-term dictionary.
// A fresh process: the resident-set high-water mark after compiling, minus the resident set just
// before, bounds from above what compile() needed at its peak (JS heap, typed arrays and garbage
// alike), whatever the garbage collector did in between.
import { compile } from '../lib/matcher';
import { buildFoldTable } from '../lib/matcher/fold-table';
import { bundledTerms, loadInput, syntheticTerms } from './matcher-input';

const { corpus } = loadInput();
const bundled = bundledTerms().patterns;
const terms = syntheticTerms(corpus, 100_000, bundled, 100);
const fold = buildFoldTable(terms);
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss / 1024;
const t0 = performance.now();
const automaton = compile(terms, { fold });
const ms = performance.now() - t0;
const after = process.resourceUsage().maxRSS;
process.stdout.write(
  `${JSON.stringify({ terms: terms.length, states: automaton.depth.length, ms, peakMB: (after - before) / 1024 })}\n`,
);
