// Node only: reads the term sheet and the corpus from disk (the CLI, the Vite plugin, tests).
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadBundledCorpus } from '../corpus/load-bundled';
import { type BuiltDictionary, buildDictionary } from './build-dictionary';
import { readTermSheets } from './load-term-sheet';
import type { BlockedPhrase, ExcludedPhrase, Term } from './schema';
import { TermSheetValidationError } from './term-sheet-error';

export const DEFAULT_LEXICON_DIR = 'assets/lexicon';
const DEFAULT_CORPUS_DIR = 'assets/corpus';

/** The *.yaml files of a lexicon directory, as absolute paths (the build watches them). */
export function termSheetPaths(dir = DEFAULT_LEXICON_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => resolve(dir, name));
}

/**
 * Reads and validates every term sheet in `dir`. Throws a TermSheetValidationError that lists
 * every problem as `file:line: reason` when the sheet is not good.
 */
export function loadTermSheets(dir = DEFAULT_LEXICON_DIR): {
  terms: Term[];
  excluded: ExcludedPhrase[];
  blocked: BlockedPhrase[];
} {
  const files = termSheetPaths(dir).map((path) => ({
    file: displayPath(path),
    text: readFileSync(path, 'utf8'),
  }));
  const { terms, excluded, blocked, errors } = readTermSheets(files);
  if (errors.length > 0) throw new TermSheetValidationError(errors);
  return { terms, excluded, blocked };
}

/** The dictionary built from assets/, as the extension and the CLI get it. */
export function buildBundledDictionary({
  lexiconDir = DEFAULT_LEXICON_DIR,
  corpusDir = DEFAULT_CORPUS_DIR,
}: {
  lexiconDir?: string;
  corpusDir?: string;
} = {}): BuiltDictionary {
  const { terms, blocked } = loadTermSheets(lexiconDir);
  return buildDictionary({
    terms,
    blocked: blocked.map(({ phrase }) => phrase),
    speeches: loadBundledCorpus(corpusDir),
  });
}

/** The corpus files, as absolute paths (the build watches them). */
export function corpusPaths(dir = DEFAULT_CORPUS_DIR): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => join(resolve(dir), name));
}

// Paths in messages are relative to the working directory when that is shorter to read.
function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}
