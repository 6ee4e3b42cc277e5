import * as layout from './automaton';
import { type Automaton, buildClassTables } from './automaton';
import { normalizePattern, usableFoldEntries } from './normalize';

// Module-local copies (an imported binding may compile to a getter call inside the loops).
const { BASE, CHECK, FAIL, OUT, RECORD } = layout;

export interface CompileOptions {
  /** Traditional → Simplified single-character table (see fold-table.ts) embedded in the automaton. */
  fold?: Map<string, string> | Record<string, string>;
}

const FREE = -1;
/** A free slot that failed this many placements is dropped from the free list (darts-clone's trick). */
const MAX_TRIALS = 24;
const MAX_DEPTH = 0xffff;

/**
 * Growable typed-array storage for the double array under construction. The free slots form a
 * doubly linked list in slot order, so finding a base skips occupied slots in O(1) each.
 */
class DoubleArrayBuilder {
  cap = 0;
  base = new Int32Array(0);
  check = new Int32Array(0);
  term = new Int32Array(0);
  depth = new Uint16Array(0);
  next = new Int32Array(0);
  prev = new Int32Array(0);
  /** Placement failures per free slot; 255 = no longer in the free list. */
  trials = new Uint8Array(0);
  head = -1;
  tail = -1;
  size = 1;

  constructor(initial: number) {
    this.grow(Math.max(initial, 16));
  }

  grow(minCap: number): void {
    const old = this.cap;
    const cap = Math.max(minCap, old * 2);
    const widenI = (a: Int32Array, fill: number) => {
      const b = new Int32Array(cap);
      b.set(a);
      if (fill !== 0) b.fill(fill, old);
      return b;
    };
    this.base = widenI(this.base, 0);
    this.check = widenI(this.check, FREE);
    this.term = widenI(this.term, 0);
    this.next = widenI(this.next, -1);
    this.prev = widenI(this.prev, -1);
    const depth = new Uint16Array(cap);
    depth.set(this.depth);
    this.depth = depth;
    const trials = new Uint8Array(cap);
    trials.set(this.trials);
    this.trials = trials;
    // Append the new slots to the free list, in order.
    for (let i = old; i < cap; i++) {
      this.prev[i] = this.tail;
      if (this.tail === -1) this.head = i;
      else this.next[this.tail] = i;
      this.tail = i;
    }
    this.cap = cap;
  }

  /** Drops every array (the builder is done). */
  release(): void {
    this.base = this.check = this.term = this.next = this.prev = new Int32Array(0);
    this.depth = new Uint16Array(0);
    this.trials = new Uint8Array(0);
    this.cap = 0;
  }

  unlink(slot: number): void {
    if (this.trials[slot] === 255) return;
    this.trials[slot] = 255;
    const p = this.prev[slot];
    const n = this.next[slot];
    if (p === -1) this.head = n;
    else this.next[p] = n;
    if (n === -1) this.tail = p;
    else this.prev[n] = p;
  }

  occupy(slot: number, parent: number, depth: number): void {
    this.check[slot] = parent;
    this.depth[slot] = depth;
    this.unlink(slot);
    if (slot + 1 > this.size) this.size = slot + 1;
  }

  /** Finds a base where every child class lands on a free slot. `classes` is sorted ascending. */
  findBase(classes: number[]): number {
    const first = classes[0];
    const last = classes[classes.length - 1];
    let f = this.head;
    for (;;) {
      if (f === -1) {
        const from = this.cap;
        this.grow(this.cap + last + 1);
        f = from;
      }
      const b = f - first;
      if (b >= 0) {
        if (b + last >= this.cap) this.grow(b + last + 1);
        let fits = true;
        for (let i = 1; i < classes.length; i++) {
          if (this.check[b + classes[i]] !== FREE) {
            fits = false;
            break;
          }
        }
        if (fits) return b;
      }
      const n = this.next[f];
      if (++this.trials[f] >= MAX_TRIALS) this.unlink(f);
      f = n;
    }
  }
}

/**
 * Compiles patterns into an Aho-Corasick automaton over UTF-16 code units.
 *
 * Patterns are normalised (skippable characters removed, full-width letters and digits folded);
 * one that normalises to nothing never matches. When several patterns normalise to the same
 * string, the lowest index wins.
 */
export function compile(patterns: readonly string[], options: CompileOptions = {}): Automaton {
  const normalized = patterns.map(normalizePattern);
  const fold = usableFoldEntries(options.fold, normalized);

  // Alphabet: frequent units get small classes, which packs the double array more densely.
  const unitCounts = new Int32Array(0x10000);
  let totalUnits = 0;
  for (const p of normalized) {
    if (p.length > MAX_DEPTH) throw new RangeError(`pattern longer than ${MAX_DEPTH} code units`);
    totalUnits += p.length;
    for (let i = 0; i < p.length; i++) unitCounts[p.charCodeAt(i)]++;
  }
  const used: number[] = [];
  for (let u = 0; u < 0x10000; u++) if (unitCounts[u] > 0) used.push(u);
  used.sort((x, y) => unitCounts[y] - unitCounts[x] || x - y);
  const alphabet = Uint16Array.from(used);
  if (alphabet.length >= 0xfffe) throw new RangeError('too many distinct code units');
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < alphabet.length; i++) classOf[alphabet[i]] = i + 1;
  const classCount = alphabet.length;

  // Every pattern as a run of classes in one flat array (cache-friendly for the passes below).
  const keyClasses = new Uint16Array(totalUnits);
  const keyStart = new Int32Array(normalized.length + 1);
  for (let i = 0, at = 0; i < normalized.length; i++) {
    const p = normalized[i];
    keyStart[i] = at;
    for (let j = 0; j < p.length; j++) keyClasses[at++] = classOf[p.charCodeAt(j)];
    keyStart[i + 1] = at;
  }

  // Depth-first construction with a most-significant-digit radix partition of the pattern indexes
  // at each node: no sort, no intermediate trie objects, linear in the total pattern length.
  const keys = new Int32Array(normalized.length);
  let keyCount = 0;
  for (let i = 0; i < normalized.length; i++) if (normalized[i].length > 0) keys[keyCount++] = i;
  const scratch = new Int32Array(keyCount);
  const bucket = new Int32Array(classCount + 1);
  const da = new DoubleArrayBuilder(Math.ceil(totalUnits * 1.1) + classCount + 2);
  da.occupy(0, FREE, 0);
  if (classCount + 1 > da.cap) da.grow(classCount + 1);
  const stack: number[] = [0, 0, keyCount, 0];
  const children: number[] = [];
  const bounds: number[] = [];
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    let hi = stack.pop() as number;
    const lo = stack.pop() as number;
    const slot = stack.pop() as number;
    // Patterns that end here are all the same string: the lowest index wins. The rest stay in order.
    let terminal = -1;
    let kept = lo;
    for (let k = lo; k < hi; k++) {
      const p = keys[k];
      if (keyStart[p + 1] - keyStart[p] === depth) {
        if (terminal === -1 || p < terminal) terminal = p;
      } else {
        keys[kept++] = p;
      }
    }
    hi = kept;
    if (terminal !== -1) da.term[slot] = terminal + 1;
    if (lo >= hi) {
      // A leaf: its match can be reported at once (negative OUT, see Automaton).
      da.term[slot] = -da.term[slot];
      continue;
    }
    // Partition [lo, hi) by the class at `depth`, children in ascending class order.
    children.length = 0;
    for (let k = lo; k < hi; k++) {
      const c = keyClasses[keyStart[keys[k]] + depth];
      if (bucket[c]++ === 0) children.push(c);
    }
    if (children.length > 1) children.sort((x, y) => x - y);
    bounds.length = 0;
    let at = lo;
    for (const c of children) {
      bounds.push(at);
      const count = bucket[c];
      bucket[c] = at;
      at += count;
    }
    bounds.push(hi);
    for (let k = lo; k < hi; k++) {
      const p = keys[k];
      scratch[bucket[keyClasses[keyStart[p] + depth]]++] = p;
    }
    keys.set(scratch.subarray(lo, hi), lo);
    for (const c of children) bucket[c] = 0;
    // The root is dense: its child on class c is slot c.
    const base = slot === 0 ? 0 : da.findBase(children);
    da.base[slot] = base;
    for (let j = 0; j < children.length; j++) da.occupy(base + children[j], slot, depth + 1);
    for (let j = children.length - 1; j >= 0; j--) {
      stack.push(base + children[j], bounds[j], bounds[j + 1], depth + 1);
    }
  }

  // The records, written straight from the builder, which is then dropped: at the peak, the
  // builder's scratch arrays and the automaton's own arrays never coexist with further copies.
  const size = da.size;
  let maxBase = 0;
  for (let s = 0; s < size; s++) if (da.check[s] !== FREE || s === 0) maxBase = Math.max(maxBase, da.base[s]);
  const padded = Math.max(size, maxBase + classCount + 1);
  const nodes = new Int32Array(padded * RECORD);
  for (let slot = 0; slot < padded; slot++) {
    nodes[slot * RECORD + BASE] = slot < size ? da.base[slot] : 0;
    nodes[slot * RECORD + CHECK] = slot < size ? da.check[slot] : FREE;
  }
  const depth = da.depth.slice(0, size);
  const term = da.term.slice(0, size);
  da.release();

  // Breadth-first order (by depth) so that a state's failure link is known before its children's.
  const isState = (s: number) => nodes[s * RECORD + CHECK] !== FREE;
  let maxDepth = 0;
  for (let s = 1; s < size; s++) if (isState(s) && depth[s] > maxDepth) maxDepth = depth[s];
  const startOfDepth = new Int32Array(maxDepth + 2);
  for (let s = 1; s < size; s++) if (isState(s)) startOfDepth[depth[s] + 1]++;
  for (let d = 1; d <= maxDepth + 1; d++) startOfDepth[d] += startOfDepth[d - 1];
  const bfs = new Int32Array(startOfDepth[maxDepth + 1]);
  for (let s = 1; s < size; s++) if (isState(s)) bfs[startOfDepth[depth[s]]++] = s;

  const outLen = new Uint16Array(size);
  for (let i = 0; i < bfs.length; i++) {
    const t = bfs[i];
    const r = t * RECORD;
    const parent = nodes[r + CHECK];
    if (parent !== 0) {
      const cls = t - nodes[parent * RECORD + BASE];
      let f = nodes[parent * RECORD + FAIL];
      for (;;) {
        const u = nodes[f * RECORD + BASE] + cls;
        if (nodes[u * RECORD + CHECK] === f) {
          nodes[r + FAIL] = u;
          break;
        }
        if (f === 0) break;
        f = nodes[f * RECORD + FAIL];
      }
    }
    if (term[t] !== 0) {
      nodes[r + OUT] = term[t];
      outLen[t] = depth[t];
    } else {
      // Not a leaf (every leaf ends a pattern), so the inherited output is stored positive.
      const f = nodes[r + FAIL];
      nodes[r + OUT] = Math.abs(nodes[f * RECORD + OUT]);
      outLen[t] = outLen[f];
    }
  }

  const foldFrom = Uint16Array.from(fold.map(([f]) => f));
  const foldTo = Uint16Array.from(fold.map(([, t]) => t));
  const tables = { alphabet, foldFrom, foldTo, nodes };
  return {
    patternCount: patterns.length,
    outLen,
    depth,
    ...tables,
    folded: buildClassTables(tables, true),
    plain: undefined,
  };
}
