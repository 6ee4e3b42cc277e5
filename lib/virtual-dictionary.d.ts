// The module generated at build time by lib/lexicon/dictionary-module.ts from assets/lexicon and
// assets/corpus, in the compact format of lib/lexicon/dictionary-format.ts. Use it through
// lib/dictionary-runtime.ts, which expands it into a Dictionary and deserializes the automaton once.
declare module 'virtual:tifa-dictionary' {
  /** Base64 of raw DEFLATE of the JSON of a CoreTable: the speeches, what highlighting needs of each entry. */
  export const core: string;
  /** Base64 of raw DEFLATE of the JSON of a DetailTable: glosses, parts, citations … */
  export const details: string;
  /** Base64 of raw DEFLATE of serialize(compile(patterns, { fold })) from lib/matcher. */
  export const automaton: string;
  /** Pattern index of the automaton → index into the entries, or -1 for a blocked phrase. */
  export const patternEntries: number[];
}
