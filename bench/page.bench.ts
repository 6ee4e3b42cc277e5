/**
 * `npm run bench:page`: highlighting a real news page and a one-million-character stress page in
 * Debian Chromium, side by side:
 *   - ours: the built extension's content script (TIFA_OUT_DIR or .output, chrome-mv3);
 *   - mark.js: node_modules/mark.js/dist/mark.min.js in the page, the same terms, its default
 *     element wrapping, started at DOMContentLoaded;
 *   - floor: at DOMContentLoaded, walk every text node, then create and register one Range per
 *     match, the matches computed in advance (in Node, with the same automaton, per text node).
 * Each is measured from DOMContentLoaded (the navigation entry's domContentLoadedEventStart):
 *   - first viewport: ours, its `tifa:first-viewport` performance mark (the content script runs in
 *     an isolated world, but marks live on the page's one Performance timeline); the others have
 *     no such stage (one synchronous run), so first viewport = done;
 *   - done: `tifa:all-done`, `floor:done`, `markjs:done`;
 *   - longest task: the longest of our own slices (performance.now() around each, in the mark's
 *     detail) and the longest `longtask` entry (PerformanceObserver in the page, buffered) that
 *     ends after DOMContentLoaded starts, against the same page without any highlighter (whose
 *     parsing task ends there too);
 *   - main-thread time: the script's own time (the sum of our slices; the others' single run), and
 *     the renderer's TaskDuration (CDP Performance.getMetrics, navigation to settled) minus the same
 *     page's without any highlighter: all the page's extra main-thread work, script injection,
 *     style, layout and painting of highlights included (noisy: the page alone varies by about
 *     ±100 ms on the stress page);
 *   - matches: ours records every match (the mark's detail) but registers only those near the
 *     viewport; the floor registers all; mark.js counts its <mark> elements.
 * One Chromium at a time: the plain browser (baseline, floor, mark.js) first, then the extension.
 * Medians of BENCH_RUNS runs (default 3; mark.js on the stress page: 1); BENCH_VERBOSE=1 prints
 * every long task. The results of a run go into bench/RESULTS.md by hand ("## Page").
 */
import { readFileSync } from 'node:fs';
import { type BrowserContext, type CDPSession, chromium } from 'playwright-core';
import { CATEGORY_IDS } from '../lib/categories';
import { buildBundledDictionary } from '../lib/lexicon/load-bundled';
import { scan } from '../lib/matcher';
import { type FixtureServer, launchExtension, startFixtureServer } from '../tests/e2e/harness';
import { newsPage, stressPage } from './page-stress';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** mark.js needs about 44 s on the stress page (the measurement): one run, a long timeout. */
const MARKJS_TIMEOUT_MS = 300_000;
const SETTLE_MS = 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Variant = 'baseline' | 'ours' | 'floor' | 'markjs';

interface Run {
  firstMs?: number;
  doneMs?: number;
  /** The script's own main-thread time. */
  ownMs?: number;
  longestOwnMs?: number;
  longestTaskMs: number;
  taskMs: number;
  found: number;
  /** Ranges registered in CSS.highlights at the end. */
  shown: number;
}

const built = buildBundledDictionary();
// mark.js gets the headwords and variants (not the blocked phrases, which are not terms).
const terms = [...new Set(built.patterns.filter((_, i) => built.patternEntries[i] >= 0))];
const stress = stressPage();
const PAGES: Record<string, string> = { news: newsPage(), stress: stress.html };

// Collected in the page's own world before anything else runs.
const OBSERVE_LONG_TASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

function floorScript(matches: number[]): string {
  return `
    document.addEventListener('DOMContentLoaded', () => {
      const MATCHES = ${JSON.stringify(matches)};
      const CATEGORIES = ${JSON.stringify(CATEGORY_IDS)};
      const started = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const highlights = CATEGORIES.map(() => new Highlight());
      for (let i = 0; i < MATCHES.length; i += 4) {
        const node = nodes[MATCHES[i]];
        const range = document.createRange();
        range.setStart(node, MATCHES[i + 1]);
        range.setEnd(node, MATCHES[i + 2]);
        highlights[MATCHES[i + 3]].add(range);
      }
      CATEGORIES.forEach((id, i) => CSS.highlights.set('floor-' + id, highlights[i]));
      const ms = performance.now() - started;
      performance.mark('floor:done', { detail: { ms } });
    });
  `;
}

function markjsScript(): string {
  const source = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
  return `${source}
    document.addEventListener('DOMContentLoaded', () => {
      const started = performance.now();
      new Mark(document.body).mark(${JSON.stringify(terms)}, {
        done() {
          performance.mark('markjs:done', { detail: { ms: performance.now() - started } });
        },
      });
    });
  `;
}

/** Matches per text node of the page as the browser parsed it: [node, start, end, category]…. */
async function floorMatches(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push((node as Text).data);
    return out;
  });
  await page.close();
  const matches: number[] = [];
  texts.forEach((text, index) => {
    for (const match of scan(built.automaton, text)) {
      const entry = built.dictionary.entries[built.patternEntries[match.pattern]];
      if (!entry) continue; // a blocked phrase (第一责任人): not highlighted
      const category = entry.category;
      matches.push(index, match.start, match.end, CATEGORY_IDS.indexOf(category));
    }
  });
  return matches;
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function measure(
  context: BrowserContext,
  url: string,
  variant: Variant,
  script?: string,
): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(OBSERVE_LONG_TASKS);
  if (script) await page.addInitScript(script);
  const before = await taskDuration(cdp);
  const doneMark = { baseline: undefined, ours: 'tifa:all-done', floor: 'floor:done', markjs: 'markjs:done' }[
    variant
  ];
  await page.goto(url, { waitUntil: 'load', timeout: MARKJS_TIMEOUT_MS });
  if (doneMark) {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, doneMark, {
      timeout: MARKJS_TIMEOUT_MS,
      polling: 50,
    });
  }
  await page.waitForTimeout(SETTLE_MS);
  const taskMs = (await taskDuration(cdp)) - before;
  const read = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .map((m) => [m.name, { at: m.startTime, detail: (m as PerformanceMark).detail }]),
    );
    let highlighted = 0;
    for (const [, highlight] of CSS.highlights) highlighted += highlight.size;
    return {
      dcl: nav.domContentLoadedEventStart,
      marks,
      longtasks: (window as unknown as { __longtasks: [number, number][] }).__longtasks,
      highlighted,
      marked: document.querySelectorAll('mark').length,
    };
  });
  await cdp.detach();
  await page.close();
  // Tasks still running at DOMContentLoaded or later (the one that ran the DOMContentLoaded handlers included).
  const afterDcl = read.longtasks
    .filter(([start, duration]) => start + duration > read.dcl)
    .map(([, d]) => d);
  if (process.env.BENCH_VERBOSE) {
    const tasks = read.longtasks.map(([start, d]) => `${Math.round(start - read.dcl)}+${Math.round(d)}`);
    console.log(
      `  ${variant} ${url.split('/').pop()}: long tasks (start from DOMContentLoaded + ms) ${tasks.join(' ')}`,
    );
  }
  const run: Run = {
    longestTaskMs: Math.max(0, ...afterDcl),
    taskMs,
    found: variant === 'markjs' ? read.marked : read.highlighted,
    shown: read.highlighted,
  };
  if (doneMark) {
    const done = read.marks[doneMark];
    // Ours records every match but registers only those near the viewport.
    if (variant === 'ours') run.found = done.detail.matches;
    run.doneMs = done.at - read.dcl;
    run.firstMs = variant === 'ours' ? read.marks['tifa:first-viewport'].at - read.dcl : run.doneMs;
    run.ownMs = variant === 'ours' ? done.detail.busyMs : done.detail.ms;
    run.longestOwnMs = variant === 'ours' ? done.detail.longestSliceMs : done.detail.ms;
  }
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function summarise(runs: Run[]): Run {
  const pick = (key: keyof Run) => {
    const values = runs.map((run) => run[key]).filter((v): v is number => v !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  return {
    firstMs: pick('firstMs'),
    doneMs: pick('doneMs'),
    ownMs: pick('ownMs'),
    longestOwnMs: pick('longestOwnMs'),
    longestTaskMs: pick('longestTaskMs') ?? 0,
    taskMs: pick('taskMs') ?? 0,
    found: pick('found') ?? 0,
    shown: pick('shown') ?? 0,
  };
}

async function runVariant(
  context: BrowserContext,
  url: string,
  variant: Variant,
  runs: number,
  script?: string,
) {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure(context, url, variant, script));
  return summarise(results);
}

const ms = (value: number | undefined) =>
  value === undefined ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function table(name: string, results: Record<Variant, Run>): string {
  const base = results.baseline;
  const row = (label: string, run: Run) =>
    `| ${label} | ${ms(run.firstMs)} | ${ms(run.doneMs)} | ${ms(run.longestOwnMs)} / ${run.longestTaskMs ? ms(run.longestTaskMs) : 'none'} | ${ms(run.ownMs)} | ${ms(run.taskMs - base.taskMs)} | ${run.found} | ${run.shown} |`;
  return [
    `### ${name}`,
    '',
    '| | first viewport | all done | longest: own / long task | own script time | extra main thread (CDP) | matches | registered ranges |',
    '|---|---|---|---|---|---|---|---|',
    row('ours (content script)', results.ours),
    row('floor (walk + Ranges)', results.floor),
    row('mark.js', results.markjs),
    `| page alone | | | – / ${base.longestTaskMs ? ms(base.longestTaskMs) : 'none'} | | (${ms(base.taskMs)} in all) | | |`,
    '',
  ].join('\n');
}

async function main() {
  console.log(
    `terms: ${terms.length} patterns; stress page: ${stress.chars} characters in ${stress.paragraphs} paragraphs; ${RUNS} runs each (mark.js on the stress page: 1)`,
  );
  const server: FixtureServer = await startFixtureServer();
  for (const [name, html] of Object.entries(PAGES)) {
    server.route(`/bench/${name}.html`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
  }
  const results: Record<string, Partial<Record<Variant, Run>>> = { news: {}, stress: {} };
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await plain.newContext();
    for (const name of Object.keys(PAGES)) {
      const url = server.url(`/bench/${name}.html`);
      const matches = await floorMatches(context, url);
      results[name].baseline = await runVariant(context, url, 'baseline', RUNS);
      results[name].floor = await runVariant(context, url, 'floor', RUNS, floorScript(matches));
      console.log(`${name}: baseline and floor done; mark.js…`);
      results[name].markjs = await runVariant(
        context,
        url,
        'markjs',
        name === 'stress' ? 1 : RUNS,
        markjsScript(),
      );
    }
  } finally {
    await plain.close();
    await server.close();
  }
  const session = await launchExtension();
  try {
    for (const [name, html] of Object.entries(PAGES)) {
      session.server.route(`/bench/${name}.html`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      });
    }
    for (const name of Object.keys(PAGES)) {
      results[name].ours = await runVariant(
        session.context,
        session.server.url(`/bench/${name}.html`),
        'ours',
        RUNS,
      );
    }
    if (session.errors.length > 0) console.warn('errors:', session.errors);
  } finally {
    await session.close();
  }
  console.log('');
  console.log(
    table('Real news page (tests/fixtures/pages/news-people.html)', results.news as Record<Variant, Run>),
  );
  console.log(
    table(
      `Stress page (${stress.chars} characters, ${stress.paragraphs} paragraphs)`,
      results.stress as Record<Variant, Run>,
    ),
  );
  const s = results.stress as Record<Variant, Run>;
  const extra = (run: Run) => run.taskMs - s.baseline.taskMs;
  console.log('Targets on the stress page:');
  console.log(`- first viewport ≤ 100 ms: ${ms(s.ours.firstMs)}`);
  console.log(`- everything ≤ 1 s: ${ms(s.ours.doneMs)}`);
  console.log(
    `- longest task ≤ 50 ms: own slices ${ms(s.ours.longestOwnMs)}, long tasks after DOMContentLoaded ${s.ours.longestTaskMs ? ms(s.ours.longestTaskMs) : 'none'} (page alone: ${s.baseline.longestTaskMs ? ms(s.baseline.longestTaskMs) : 'none'})`,
  );
  console.log(
    `- main thread ≤ 3 × floor: own ${ms(s.ours.ownMs)} vs ${ms(s.floor.ownMs)} (${((s.ours.ownMs ?? 0) / (s.floor.ownMs ?? 1)).toFixed(2)} ×); extra (CDP) ${ms(extra(s.ours))} vs ${ms(extra(s.floor))} (${(extra(s.ours) / extra(s.floor)).toFixed(2)} ×)`,
  );
  console.log(
    `- ≥ 50 × less than mark.js: own ${((s.markjs.ownMs ?? 0) / (s.ours.ownMs ?? 1)).toFixed(0)} ×; extra (CDP) ${(extra(s.markjs) / extra(s.ours)).toFixed(0)} ×`,
  );
}

await main();
