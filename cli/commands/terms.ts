import type { CAC } from 'cac';
import type { DictionaryEntry } from '../../lib/dictionary-types';
import { buildBundledDictionary } from '../../lib/lexicon/load-bundled';
import { TermSheetValidationError } from '../../lib/lexicon/term-sheet-error';

/**
 * `tifa terms [--json]`: the dictionary built from assets/ (or $TIFA_LEXICON_DIR), as a table for
 * people or as one JSON array of entries for tools.
 */
export function register(cli: CAC): void {
  cli
    .command('terms', 'List the dictionary built from assets/lexicon and the bundled speeches')
    .option('--json', 'Print every entry with its glosses and citations as one JSON array')
    .action((options: { json?: boolean }) => {
      // `tifa terms | head` closes the pipe early: that is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      let entries: DictionaryEntry[];
      try {
        entries = buildBundledDictionary({
          lexiconDir: process.env.TIFA_LEXICON_DIR,
          corpusDir: process.env.TIFA_CORPUS_DIR,
        }).dictionary.entries;
      } catch (error) {
        if (!(error instanceof TermSheetValidationError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        options.json ? `${JSON.stringify(entries.map(toJson), null, 2)}\n` : table(entries),
      );
    });
}

/** The JSON shape of an entry: citations carry the sentence and the term's offsets within it. */
function toJson(entry: DictionaryEntry) {
  return {
    id: entry.id,
    term: entry.term,
    variants: entry.variants,
    category: entry.category,
    pinyin: entry.pinyin,
    en: entry.en,
    gloss: { zh: entry.gloss.zh, en: entry.gloss.en },
    parts: entry.parts,
    related: entry.related,
    ...(entry.proposed ? { proposed: entry.proposed } : {}),
    inCorpus: entry.inCorpus,
    citations: entry.citations.map((c) => ({
      speech: c.speech,
      title: c.title,
      issuer: c.issuer,
      paragraph: c.paragraph,
      sentenceIndex: c.sentenceIndex,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      matched: c.matched,
    })),
  };
}

const COLUMNS = ['id', 'term', 'category', 'pinyin', 'en', 'citations'] as const;
const MAX_WIDTH = 44;

function table(entries: readonly DictionaryEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.id, entry.term, entry.category, entry.pinyin, entry.en, String(entry.citations.length)].map(
      (cell) => truncate(cell, MAX_WIDTH),
    ),
  );
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, column) => Math.max(...all.map((row) => displayWidth(row[column] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        // Numbers right-aligned, text left-aligned.
        return column === COLUMNS.length - 1 ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const cited = entries.filter((entry) => entry.citations.length > 0).length;
  return [
    line([...COLUMNS]),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `${entries.length} entries, ${cited} with citations.`,
    '',
  ].join('\n');
}

/** Columns in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let result = '';
  for (const char of text) {
    if (displayWidth(`${result}${char}…`) > width) break;
    result += char;
  }
  return `${result}…`;
}
