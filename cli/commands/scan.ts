import { readFileSync } from 'node:fs';
import type { CAC } from 'cac';
import { CATEGORIES, type CategoryId } from '../../lib/categories';
import { entryForPattern } from '../../lib/lexicon/dictionary-format';
import { type Automaton, type Match, scan } from '../../lib/matcher';
import { decodeText } from '../../lib/text/decode';
import { htmlVisibleText, looksLikeHtml } from '../../lib/text/html-visible-text';
import { bundledDictionaryOrReport } from '../dictionary';
import { fileArguments, readErrorReason, readStdin } from '../files';
import { displayWidth, exitQuietlyOnClosedPipe, padColumns } from '../terminal';

/** What `tifa scan` needs of the dictionary: the automaton and the entry of each pattern. */
export interface ScanDictionary {
  automaton: Automaton;
  /** Undefined for a blocked phrase (第一责任人 holds 第一责任 but is not it): not a match. */
  entryOf(pattern: number): { id: string; term: string; category: CategoryId } | undefined;
}

export interface ScanIo {
  /** Reads a file's bytes; throws a Node error (ENOENT, EISDIR …) when it cannot. */
  readFile(path: string): Uint8Array;
  readStdin(): Promise<Uint8Array>;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
}

/** One match as `--json` prints it: offsets into the file's text (HTML: its visible text). */
export interface ScanRecord {
  file: string;
  start: number;
  end: number;
  text: string;
  id: string;
  term: string;
  category: CategoryId;
}

/**
 * The matches in a file's text. HTML is reduced to its visible text and scanned block by block,
 * as the extension does on a page, so that a term never spans two paragraphs.
 */
function scanDocument({
  automaton,
  content,
  html,
}: {
  automaton: Automaton;
  content: string;
  html: boolean;
}): { text: string; matches: Match[] } {
  if (!html) return { text: content, matches: scan(automaton, content) };
  const { text, blocks } = htmlVisibleText(content);
  const matches: Match[] = [];
  for (const [from, to] of blocks) {
    for (const m of scan(automaton, text.slice(from, to))) {
      matches.push({ start: m.start + from, end: m.end + from, pattern: m.pattern });
    }
  }
  return { text, matches };
}

function isHtmlName(path: string): boolean {
  return /\.(?:x?html?|xht)$/i.test(path);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The per-file table: each term found, its category and count, most frequent first. */
export function formatTable(file: string, records: readonly ScanRecord[]): string {
  const counts = new Map<string, { term: string; category: CategoryId; count: number }>();
  for (const r of records) {
    const row = counts.get(r.id) ?? { term: r.term, category: r.category, count: 0 };
    row.count++;
    counts.set(r.id, row);
  }
  const rows = [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'zh'));
  const lines = [
    `${file}: ${plural(records.length, 'match', 'matches')} of ${plural(rows.length, 'term', 'terms')}`,
  ];
  if (rows.length === 0) return `${lines[0]}\n`;
  const termWidth = Math.max(4, ...rows.map((r) => displayWidth(r.term)));
  const countWidth = Math.max(5, ...rows.map((r) => String(r.count).length));
  lines.push(`  ${'count'.padStart(countWidth)}  ${padColumns('term', termWidth)}  category`);
  for (const r of rows) {
    const category = `${r.category} ${CATEGORIES[r.category]?.zh ?? ''}`.trim();
    lines.push(`  ${String(r.count).padStart(countWidth)}  ${padColumns(r.term, termWidth)}  ${category}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Scans each file (or standard input for `-`) and prints a table per file, or with `json` one
 * JSON object per match and line. A file that cannot be read is reported on stderr and skipped.
 * Returns the exit code: 0, or 1 when some file could not be read.
 */
export async function runScan({
  files,
  json,
  dictionary,
  io,
}: {
  files: readonly string[];
  json: boolean;
  dictionary: ScanDictionary;
  io: ScanIo;
}): Promise<number> {
  let exitCode = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await io.readStdin() : io.readFile(file);
    } catch (error) {
      io.stderr(`tifa scan: cannot read ${file}: ${readErrorReason(error)}\n`);
      exitCode = 1;
      continue;
    }
    const { text: content } = decodeText(bytes);
    const html = (file !== '-' && isHtmlName(file)) || looksLikeHtml(content);
    const { text, matches } = scanDocument({ automaton: dictionary.automaton, content, html });
    const name = file === '-' ? '<stdin>' : file;
    const records = matches.flatMap((m): ScanRecord[] => {
      const entry = dictionary.entryOf(m.pattern);
      if (!entry) return [];
      return [
        {
          file: name,
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
          id: entry.id,
          term: entry.term,
          category: entry.category,
        },
      ];
    });
    if (json) {
      io.stdout(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    } else {
      io.stdout(formatTable(name, records));
    }
  }
  return exitCode;
}

/** What `tifa scan` needs of the bundled dictionary: blocked phrases have no entry. */
function scanDictionary(): ScanDictionary | undefined {
  const built = bundledDictionaryOrReport();
  if (!built) return undefined;
  return {
    automaton: built.automaton,
    entryOf: (pattern) => entryForPattern(built.patternEntries, built.dictionary.entries, pattern),
  };
}

/** `tifa scan [--json] FILE…`: the bundled dictionary's terms in text and HTML files. */
export function register(cli: CAC): void {
  cli
    .command('scan [...files]', 'Find the dictionary terms in text or HTML files (- for standard input)')
    .option('--json', 'Print one JSON object per match: {file, start, end, text, id, term, category}')
    .action(async (files: string[], options: { json?: boolean; '--'?: string[] }) => {
      exitQuietlyOnClosedPipe();
      const paths = fileArguments(files, options);
      if (paths.length === 0) {
        process.stderr.write('tifa scan: name one or more files, or - for standard input\n');
        process.exitCode = 2;
        return;
      }
      const dictionary = scanDictionary();
      if (!dictionary) return;
      process.exitCode = await runScan({
        files: paths,
        json: options.json === true,
        dictionary,
        io: {
          readFile: (path) => readFileSync(path),
          readStdin,
          stdout: (chunk) => process.stdout.write(chunk),
          stderr: (chunk) => process.stderr.write(chunk),
        },
      });
    });
}
