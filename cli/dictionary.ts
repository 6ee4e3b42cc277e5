import type { BuiltDictionary } from '../lib/lexicon/build-dictionary';
import { buildBundledDictionary } from '../lib/lexicon/load-bundled';
import { TermSheetValidationError } from '../lib/lexicon/term-sheet-error';

/**
 * `load()`, which reads the term sheet. A bad term sheet is the curator's to fix, not a crash: its
 * `file:line: reason` list goes to stderr, the exit code becomes 1 and the result is undefined.
 */
export function orReportBadTermSheet<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof TermSheetValidationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return undefined;
  }
}

/** The dictionary built from assets/ ($TIFA_LEXICON_DIR and $TIFA_CORPUS_DIR override the directories). */
export function bundledDictionaryOrReport(): BuiltDictionary | undefined {
  return orReportBadTermSheet(() =>
    buildBundledDictionary({
      lexiconDir: process.env.TIFA_LEXICON_DIR,
      corpusDir: process.env.TIFA_CORPUS_DIR,
    }),
  );
}
