/**
 * The matcher: an Aho-Corasick automaton over UTF-16 code units, compiled to flat typed arrays,
 * serialized at build time and scanned with leftmost-longest semantics and normalisation.
 * buildFoldTable lives in ./fold-table (Node only) so that opencc-js stays out of the content script.
 */
export type { Automaton } from './automaton';
export { type CompileOptions, compile } from './compile';
export { type Match, type ScanOptions, scan } from './scan';
export { deserialize, serialize } from './serialize';
