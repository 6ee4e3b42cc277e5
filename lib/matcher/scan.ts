import {
  type Automaton,
  CHECK as CHECK_EXPORT,
  FAIL as FAIL_EXPORT,
  NO_CLASS as NO_CLASS_EXPORT,
  OUT as OUT_EXPORT,
  SKIP_CLASS as SKIP_CLASS_EXPORT,
  tablesFor,
} from './automaton';

// Module-local copies: an imported binding can compile to a getter call (tsx/esbuild's CommonJS
// output does that), which in the hot loop cost four times the scan's own work.
const NO_CLASS = NO_CLASS_EXPORT;
const SKIP_CLASS = SKIP_CLASS_EXPORT;
const CHECK = CHECK_EXPORT;
const FAIL = FAIL_EXPORT;
const OUT = OUT_EXPORT;

export interface Match {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Index into the compiled patterns array. */
  pattern: number;
}

export interface ScanOptions {
  /** Fold Traditional characters to Simplified (default true). */
  traditional?: boolean;
}

/** Offset of the first unit of a match of `length` normalised units whose last unit is at `last`. */
function matchStart(text: string, classes: Uint16Array, last: number, length: number): number {
  let i = last;
  let remaining = length;
  for (;;) {
    if (classes[text.charCodeAt(i)] !== SKIP_CLASS && --remaining === 0) return i;
    i--;
  }
}

/**
 * Leftmost-longest, non-overlapping matches of the automaton's patterns in `text`.
 *
 * The automaton runs in the usual Aho-Corasick way; its state's depth tells the leftmost start that
 * is still alive. A match found is held as pending while a match starting at or before it could
 * still complete; once every live start lies after it, it is final and scanning resumes at its end.
 * Records are addressed as `slot << 2` (RECORD = 4), BASE being field 0.
 */
export function scan(a: Automaton, text: string, options?: ScanOptions): Match[] {
  const { classes, starts } = tablesFor(a, options?.traditional !== false);
  const { nodes, outLen, depth } = a;
  const matches: Match[] = [];
  const n = text.length;
  let i = 0;
  let s = 0;
  while (i < n) {
    // Fast path: nothing pending, run until a pattern ends that a longer one might still beat.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (s === 0) {
        // At the root one load decides: most units start nothing.
        s = starts[c];
        if (s === 0) continue;
      } else {
        const cls = classes[c];
        if (cls === SKIP_CLASS) continue;
        if (cls === NO_CLASS) {
          s = 0;
          continue;
        }
        for (;;) {
          const t = nodes[s << 2] + cls;
          if (nodes[(t << 2) + CHECK] === s) {
            s = t;
            break;
          }
          s = nodes[(s << 2) + FAIL];
          if (s === 0) {
            s = starts[c];
            break;
          }
        }
        if (s === 0) continue;
      }
      const o = nodes[(s << 2) + OUT];
      if (o < 0) {
        // A leaf: its own string is the match, nothing longer starts there and no live start is
        // earlier, so it is final.
        matches.push({ start: matchStart(text, classes, i, outLen[s]), end: i + 1, pattern: -o - 1 });
        s = 0;
      } else if (o !== 0) {
        break;
      }
    }
    if (i >= n) break;

    // Pending: positions count normalised units read since the first match, which ends at unit 1.
    let pattern = nodes[(s << 2) + OUT] - 1; // positive: leaves never get here
    let end = i + 1;
    let start = matchStart(text, classes, i, outLen[s]);
    let startUnit = 1 - outLen[s];
    let unit = 1;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = classes[c];
      if (cls === SKIP_CLASS) continue;
      if (cls === NO_CLASS) break;
      for (;;) {
        const t = nodes[s << 2] + cls;
        if (nodes[(t << 2) + CHECK] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = nodes[(s << 2) + FAIL];
      }
      unit++;
      // Every live start is now after the pending match's start: nothing can beat it.
      if (unit - depth[s] > startUnit) break;
      const o = nodes[(s << 2) + OUT];
      if (o !== 0) {
        const candidate = unit - outLen[s];
        if (candidate <= startUnit) {
          startUnit = candidate;
          pattern = (o < 0 ? -o : o) - 1;
          end = i + 1;
          start = matchStart(text, classes, i, outLen[s]);
        }
      }
    }
    matches.push({ start, end, pattern });
    i = end;
    s = 0;
  }
  return matches;
}
