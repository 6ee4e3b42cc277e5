// Pure corpus parsing: no fs, no YAML, safe to import anywhere (see load-bundled.ts for Node).
export { isBlankLine, isHeading, linesToParagraphs } from './paragraphs';
export type { ParseSpeechOptions } from './parse';
export {
  findTableOfContents,
  normaliseSource,
  parseCompilation,
  parseSpeech,
  sameTitle,
  speechIdFromFileName,
} from './parse';
export {
  containsPlaceholder,
  findPlaceholders,
  isPlaceholder,
  PLACEHOLDER_SOURCE,
  placeholderRegExp,
} from './placeholders';
export { splitSentences } from './sentences';
export type { CompilationMeta, Paragraph, Sentence, Speech, SpeechMeta } from './types';
