// `npm run bench [-- --json]`: the matcher against the floor, a RegExp and @monyone/aho-corasick.
// See bench/RESULTS.md for what the rows and columns mean and for a recorded run.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { AhoCorasick as MonyoneDefault } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { compile, deserialize, scan, serialize } from '../lib/matcher';
import { buildFoldTable } from '../lib/matcher/fold-table';
import { bundledTerms, loadInput, syntheticTerms } from './matcher-input';
import { hasGc, measureBuild, measurePaired, measureRuns, median } from './matcher-measure';

const JSON_OUTPUT = process.argv.includes('--json');
const SCAN_RUNS = 11;
/** A RegExp run projected to take longer than this is measured on a sample instead. */
const REGEXP_FULL_RUN_BUDGET_MS = 4_000;
const REGEXP_SAMPLE_UNITS = 50_000;

interface Row {
  name: string;
  buildMs: number | null;
  heapMB: number | null;
  serializedKB: number | null;
  unitsPerSecond: number;
  ratioToFloor: number;
  matches: number;
  note?: string;
}

interface Section {
  dictionary: string;
  terms: number;
  rows: Row[];
  oursVsBestLibrary: number;
}

function log(message: string): void {
  if (!JSON_OUTPUT) process.stderr.write(`${message}\n`);
}

function floorChecksum(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countRegExp(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function throughput(units: number, ms: number): number {
  return units / (ms / 1000);
}

function runSection(name: string, terms: string[], text: string): Section {
  log(`\n== ${name}: ${terms.length} terms`);
  const rows: Row[] = [];
  const floorSamples: number[] = [];
  // Library builds of 100k terms take seconds each: one run there.
  const buildRuns = terms.length > 50_000 ? 1 : terms.length > 5_000 ? 3 : 5;
  /** Scan throughput of `fn` over `input`, with its ratio to the floor measured alongside. */
  const scanRow = (
    r: Omit<Row, 'ratioToFloor' | 'unitsPerSecond' | 'matches'>,
    fn: (input: string) => number,
    input: string,
    runs: number,
  ) => {
    const m = measurePaired(
      () => fn(input),
      () => floorChecksum(input),
      runs,
    );
    const unitsPerSecond = throughput(input.length, m.ms);
    floorSamples.push(throughput(input.length, m.floorMs));
    rows.push({ ...r, unitsPerSecond, ratioToFloor: m.ratio, matches: m.result });
    log(`  ${r.name}: ${(unitsPerSecond / 1e6).toFixed(1)} M units/s${r.note ? ` (${r.note})` : ''}`);
  };

  // RegExp alternation, longest first so that the leftmost match is also the longest.
  {
    const source = [...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    // One build only: V8 caches compiled RegExps by source, so a second build would cost nothing.
    // It compiles on first use (to bytecode; native code comes later, while scanning).
    const built = measureBuild(() => {
      const re = new RegExp(source, 'g');
      countRegExp(re, '两');
      return re;
    }, 1);
    const re = built.value;
    const sample = text.slice(0, REGEXP_SAMPLE_UNITS);
    const probe = measureRuns(() => countRegExp(re, sample), 1);
    const projected = probe.ms * (text.length / sample.length);
    const base = { name: 'RegExp alternation', buildMs: built.ms, heapMB: built.heapMB, serializedKB: null };
    if (projected > REGEXP_FULL_RUN_BUDGET_MS) {
      scanRow(
        {
          ...base,
          note: `too slow for the full input (projected ${(projected / 1000).toFixed(0)} s per run): measured on its first ${REGEXP_SAMPLE_UNITS} units`,
        },
        (input) => countRegExp(re, input),
        sample,
        3,
      );
    } else {
      scanRow(base, (input) => countRegExp(re, input), text, projected > 1000 ? 2 : SCAN_RUNS);
    }
  }

  for (const [label, Impl] of [
    ['@monyone/aho-corasick', MonyoneDefault],
    ['@monyone/aho-corasick/fast', MonyoneFast],
  ] as const) {
    const built = measureBuild(() => new Impl(terms), buildRuns);
    const ac = built.value;
    scanRow(
      {
        name: label,
        buildMs: built.ms,
        heapMB: built.heapMB,
        serializedKB: null,
        note: 'all overlapping matches',
      },
      (input) => ac.matchInText(input).length,
      text,
      SCAN_RUNS,
    );
  }

  // Ours. The fold table is made once at build time (opencc-js), outside the timed compile.
  {
    const fold = buildFoldTable(terms);
    const built = measureBuild(() => compile(terms, { fold }), Math.max(3, buildRuns));
    const automaton = built.value;
    scanRow(
      {
        name: 'ours (lib/matcher)',
        buildMs: built.ms,
        heapMB: built.heapMB,
        serializedKB: serialize(automaton).length / 1024,
        note: 'leftmost-longest, normalising',
      },
      (input) => scan(automaton, input).length,
      text,
      SCAN_RUNS,
    );
  }

  const floorUps = median(floorSamples);
  rows.unshift({
    name: 'floor (charCodeAt checksum)',
    buildMs: null,
    heapMB: null,
    serializedKB: null,
    unitsPerSecond: floorUps,
    ratioToFloor: 1,
    matches: 0,
    note: 'median of the runs paired with each row',
  });
  // Compared through each row's ratio to the floor run alongside it, so that a row measured while
  // another process held the core is not unfairly slow next to one measured a minute earlier.
  const ours = rows[rows.length - 1].ratioToFloor;
  const bestLibrary = Math.max(...rows.slice(1, -1).map((r) => r.ratioToFloor));
  return { dictionary: name, terms: terms.length, rows, oursVsBestLibrary: ours / bestLibrary };
}

function deserializeMs(bytes: Uint8Array): number {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const copy = bytes.slice(); // a fresh buffer each time, as the content script gets one
    const t0 = performance.now();
    deserialize(copy);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function fmt(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

interface Target {
  target: string;
  measured: string;
  met: boolean;
}

interface Extra {
  deserializeMs: number;
  bundledKB: number;
  compilePeak: { ms: number; peakMB: number } | { error: string };
}

function targets(sections: Section[], extra: Extra): Target[] {
  const [bundled, tenK, hundredK] = sections;
  const ours = (s: Section) => s.rows[s.rows.length - 1];
  const list: Target[] = [];
  const ratio = (s: Section, min: number) =>
    list.push({
      target: `${s.dictionary}: ≥ ${min} × floor`,
      measured: `${ours(s).ratioToFloor.toFixed(3)} ×`,
      met: ours(s).ratioToFloor >= min,
    });
  ratio(bundled, 0.3);
  ratio(tenK, 0.1);
  ratio(hundredK, 0.05);
  for (const s of sections) {
    list.push({
      target: `${s.dictionary}: ≥ 3 × the best library`,
      measured: `${s.oursVsBestLibrary.toFixed(1)} ×`,
      met: s.oursVsBestLibrary >= 3,
    });
  }
  const compile100k = ours(hundredK);
  list.push({
    target: 'compile 100k terms ≤ 1 s',
    measured:
      `${compile100k.buildMs?.toFixed(0)} ms (median of 3)` +
      ('error' in extra.compilePeak
        ? ''
        : `; ${extra.compilePeak.ms.toFixed(0)} ms cold, in a fresh process`),
    met:
      (compile100k.buildMs ?? Infinity) <= 1000 &&
      ('error' in extra.compilePeak || extra.compilePeak.ms <= 1000),
  });
  list.push({
    target: 'compile 100k terms with ≤ 40 MB heap',
    measured:
      'error' in extra.compilePeak
        ? `retained ${compile100k.heapMB?.toFixed(1)} MB; peak not measured (${extra.compilePeak.error})`
        : `retained ${compile100k.heapMB?.toFixed(1)} MB; peak ≤ ${extra.compilePeak.peakMB.toFixed(1)} MB (RSS growth in a fresh process)`,
    met:
      (compile100k.heapMB ?? Infinity) <= 40 &&
      ('error' in extra.compilePeak || extra.compilePeak.peakMB <= 40),
  });
  list.push({
    target: 'serialized bundled automaton ≤ 64 KB',
    measured: `${extra.bundledKB.toFixed(1)} KB`,
    met: extra.bundledKB <= 64,
  });
  list.push({
    target: 'deserialize the bundled automaton ≤ 2 ms',
    measured: `${extra.deserializeMs.toFixed(3)} ms (median of 200)`,
    met: extra.deserializeMs <= 2,
  });
  return list;
}

function markdown(sections: Section[], goals: Target[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(`### ${s.dictionary} (${s.terms} terms)`, '');
    lines.push('| row | build ms | heap MB | serialized KB | M units/s | × floor | matches | note |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---|');
    for (const r of s.rows) {
      lines.push(
        `| ${r.name} | ${fmt(r.buildMs, 1)} | ${fmt(r.heapMB, 2)} | ${fmt(r.serializedKB, 1)} | ${(r.unitsPerSecond / 1e6).toFixed(1)} | ${r.ratioToFloor.toFixed(3)} | ${r.matches} | ${r.note ?? ''} |`,
      );
    }
    lines.push('', `ours ÷ best library (× floor ÷ × floor): ${s.oursVsBestLibrary.toFixed(1)}×`, '');
  }
  lines.push('### Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const g of goals) lines.push(`| ${g.target} | ${g.measured} | ${g.met ? 'yes' : '**NO**'} |`);
  return lines.join('\n');
}

/** Peak memory of compiling 100k terms, measured in a fresh child process (see the child). */
function compilePeak(): Extra['compilePeak'] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/matcher-compile-peak.ts'], {
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    const reason = child.stderr.split('\n').find((line) => /error/i.test(line)) ?? child.stderr.trim();
    return { error: `child exited ${child.status}: ${reason}` };
  }
  const { ms, peakMB } = JSON.parse(child.stdout) as { ms: number; peakMB: number };
  return { ms, peakMB };
}

async function main(): Promise<void> {
  const { text, corpus, bytes } = loadInput();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverageAtStart: loadavg()[0],
    loadAverageAtEnd: 0,
  };
  log(
    `input: ${bytes} bytes UTF-8, ${text.length} UTF-16 units; ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverageAtStart.toFixed(2)}`,
  );
  if (!hasGc) log('heap: not measured (run with node --expose-gc, as `npm run bench` does)');
  const bundled = bundledTerms();
  log(`bundled dictionary: ${bundled.source}`);

  const sections = [
    runSection('bundled', bundled.patterns, text),
    runSection('synthetic 10k', syntheticTerms(corpus, 10_000, bundled.patterns, 10), text),
    runSection('synthetic 100k', syntheticTerms(corpus, 100_000, bundled.patterns, 100), text),
  ];
  const bytesBundled = serialize(compile(bundled.patterns, { fold: buildFoldTable(bundled.patterns) }));
  log('\ncompiling 100k terms in a fresh process for its peak memory');
  const extra: Extra = {
    deserializeMs: deserializeMs(bytesBundled),
    bundledKB: bytesBundled.length / 1024,
    compilePeak: compilePeak(),
  };
  machine.loadAverageAtEnd = loadavg()[0];
  const goals = targets(sections, extra);
  if (JSON_OUTPUT) {
    const input = { bytes, units: text.length, corpus: 'assets/corpus/speeches-2021.txt' };
    process.stdout.write(
      `${JSON.stringify({ machine, input, bundledSource: bundled.source, sections, ...extra, targets: goals }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(
      `Input: ${input(bytes, text.length)}. Machine: ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}; load average ${machine.loadAverageAtStart.toFixed(2)} at start, ${machine.loadAverageAtEnd.toFixed(2)} at end.\nBundled dictionary: ${bundled.source}.\n\n`,
    );
    process.stdout.write(`${markdown(sections, goals)}\n`);
  }
}

function input(bytes: number, units: number): string {
  return `assets/corpus/speeches-2021.txt repeated to ${bytes} bytes of UTF-8 (${units} UTF-16 units)`;
}

await main();
