import { fullWidthUnits, isSkippable } from './normalize';

/** Class of a code unit that no pattern uses: the automaton falls back to its root. */
export const NO_CLASS = 0;
/** Class of a skippable code unit: the automaton stays where it is. */
export const SKIP_CLASS = 0xffff;

/** Fields of one state's record in `nodes`. */
export const BASE = 0;
export const CHECK = 1;
export const FAIL = 2;
export const OUT = 3;
export const RECORD = 4;

/**
 * A compiled Aho-Corasick automaton as flat typed arrays.
 *
 * States are slots of a double-array trie. Each slot has a four-field record in `nodes`
 * (`nodes[slot * 4 + field]`): BASE, CHECK (the parent slot, -1 when the slot is free), FAIL (the
 * failure link) and OUT (1 + the index of the longest pattern that is a suffix of the state's
 * string, 0 for none; negated on leaves, whose match nothing can extend or precede, so the scanner
 * reports it at once). The child of state `s` on class `c` is `t = base(s) + c` when
 * `check(t) === s`; checking that child and reading its output then touch a single record, which
 * keeps large automata to about one cache line per character. Slot 0 is the root, and its child on
 * class `c` is slot `c`. `outLen` is the length of the OUT pattern and `depth` the length of the
 * state's own string, both in normalised code units. Code units map to classes through `alphabet`
 * (class i + 1 is alphabet[i]) and the fold table.
 */
export interface Automaton {
  readonly patternCount: number;
  readonly nodes: Int32Array;
  readonly outLen: Uint16Array;
  readonly depth: Uint16Array;
  readonly alphabet: Uint16Array;
  readonly foldFrom: Uint16Array;
  readonly foldTo: Uint16Array;
  /** Lookup tables with the Traditional → Simplified fold applied. */
  readonly folded: ClassTables;
  /** The same without the fold (`traditional: false`), built on first use. */
  plain: ClassTables | undefined;
}

export interface ClassTables {
  /** Code unit → class (NO_CLASS, SKIP_CLASS or 1 … alphabet.length). */
  readonly classes: Uint16Array;
  /** Code unit → the root's child on it (0 when no pattern starts with it): one load at the root. */
  readonly starts: Uint16Array;
}

/** Builds the 64 K-entry tables that the scanner indexes directly by code unit. */
export function buildClassTables(
  a: Pick<Automaton, 'alphabet' | 'foldFrom' | 'foldTo' | 'nodes'>,
  withFold: boolean,
): ClassTables {
  const classes = new Uint16Array(0x10000);
  const { alphabet, foldFrom, foldTo, nodes } = a;
  for (let i = 0; i < alphabet.length; i++) classes[alphabet[i]] = i + 1;
  for (const unit of fullWidthUnits()) classes[unit] = classes[unit - 0xfee0];
  if (withFold) for (let i = 0; i < foldFrom.length; i++) classes[foldFrom[i]] = classes[foldTo[i]];
  // Skippable units are never pattern characters (normalizePattern drops them), so nothing is lost.
  for (let u = 0; u <= 0x3000; u++) if (isSkippable(u)) classes[u] = SKIP_CLASS;
  classes[0xfeff] = SKIP_CLASS;
  const starts = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const cls = classes[u];
    if (cls !== NO_CLASS && cls !== SKIP_CLASS && nodes[cls * RECORD + CHECK] === 0) starts[u] = cls;
  }
  return { classes, starts };
}

export function tablesFor(a: Automaton, traditional: boolean): ClassTables {
  if (traditional || a.foldFrom.length === 0) return a.folded;
  a.plain ??= buildClassTables(a, false);
  return a.plain;
}
