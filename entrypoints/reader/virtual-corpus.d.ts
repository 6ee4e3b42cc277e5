// Generated at build time by lib/lexicon/vite-plugin.ts from assets/corpus: the reader's speeches.
declare module 'virtual:tifa-corpus' {
  export const speeches: import('@/lib/corpus/types').Speech[];
}
