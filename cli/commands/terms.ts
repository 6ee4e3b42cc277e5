import type { CAC } from 'cac';
import type { DictionaryEntry } from '../../lib/dictionary-types';
import { bundledDictionaryOrReport } from '../dictionary';
import { displayWidth, exitQuietlyOnClosedPipe } from '../terminal';

/**
 * `tifa terms [--json]`: the dictionary built from assets/ (or $TIFA_LEXICON_DIR), as a table for
 * people or as one JSON array of entries for tools.
 */
export function register(cli: CAC): void {
  cli
    .command('terms', 'List the dictionary built from assets/lexicon and the bundled speeches')
    .option('--json', 'Print every entry with its glosses and citations as one JSON array')
    .action((options: { json?: boolean }) => {
      exitQuietlyOnClosedPipe();
      const entries = bundledDictionaryOrReport()?.dictionary.entries;
      if (!entries) return;
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

function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let result = '';
  for (const char of text) {
    if (displayWidth(`${result}${char}…`) > width) break;
    result += char;
  }
  return `${result}…`;
}
