// The module generated at build time by lib/lexicon/vite-plugin.ts from assets/lexicon and
// assets/corpus. Use it through lib/dictionary-runtime.ts, which deserializes the automaton once.
declare module 'virtual:tifa-dictionary' {
  /** Every entry of the term sheet with its citations, and the list of bundled speeches. */
  export const dictionary: import('@/lib/dictionary-types').Dictionary;
  /** Base64 of serialize(compile(patterns, { fold })) from lib/matcher. */
  export const automaton: string;
  /** Pattern index of the automaton → index into dictionary.entries. */
  export const patternEntries: number[];
}
