// Timing and heap helpers for the benchmark. Heap numbers need `node --expose-gc`.

const gc = (globalThis as { gc?: () => void }).gc;

export const hasGc = typeof gc === 'function';

function collect(): void {
  if (!gc) return;
  gc();
  gc();
}

/** Heap the way the automata use it: JS heap plus ArrayBuffer backing stores (typed arrays). */
function usedBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Builds `runs` times, keeping every result alive, and reports the median build time and the heap
 * retained per build: (used after − used before) ÷ runs, each measured after full collections, so
 * garbage made while building is not counted and the noise of one measurement is divided by runs.
 */
export function measureBuild<T>(
  build: () => T,
  runs: number,
): { value: T; ms: number; heapMB: number | null } {
  const times: number[] = [];
  const values: T[] = [];
  collect();
  const before = usedBytes();
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    values.push(build());
    times.push(performance.now() - t0);
  }
  collect();
  const heapMB = hasGc ? (usedBytes() - before) / runs / 2 ** 20 : null;
  return { value: values[values.length - 1], ms: median(times), heapMB };
}

/** Median wall time of `runs` calls after one warm-up call, and the warm-up's result. */
export function measureRuns<R>(fn: () => R, runs: number): { ms: number; result: R } {
  const result = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/**
 * Runs `fn` and the floor alternately, `runs` times each after a warm-up, so that both see the
 * same machine load (other processes share these cores). Returns both medians and the median of
 * the per-pair ratios floor ÷ fn, which is what the table's "× floor" column reports.
 */
export function measurePaired<R>(
  fn: () => R,
  floor: () => unknown,
  runs: number,
): { ms: number; floorMs: number; ratio: number; result: R } {
  const result = fn();
  floor();
  const times: number[] = [];
  const floorTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    floor();
    const floorMs = performance.now() - t0;
    t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    floorTimes.push(floorMs);
    times.push(ms);
    ratios.push(floorMs / ms);
  }
  return { ms: median(times), floorMs: median(floorTimes), ratio: median(ratios), result };
}
