// Pure corpus parsing: no fs, no YAML, safe to import anywhere (see load-bundled.ts for Node).
export { findTableOfContents, parseCompilation, parseSpeech, speechIdFromFileName } from './parse';
export { containsPlaceholder } from './placeholders';
export { splitSentences } from './sentences';
export type { CompilationMeta, Paragraph, Sentence, Speech, SpeechMeta } from './types';
