import { readFileSync } from 'node:fs';
import type { CAC } from 'cac';
import { CATEGORIES, type CategoryId } from '../../lib/categories';
import { BLOCKED_PATTERN } from '../../lib/lexicon/dictionary-format';
import { buildBundledDictionary } from '../../lib/lexicon/load-bundled';
import { TermSheetValidationError } from '../../lib/lexicon/term-sheet-error';
import { type Automaton, type Match, scan } from '../../lib/matcher';
import { decodeText } from '../../lib/text/decode';
import { htmlVisibleText, looksLikeHtml } from '../../lib/text/html-visible-text';

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
export function scanDocument(
  automaton: Automaton,
  content: string,
  html: boolean,
): { text: string; matches: Match[] } {
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

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Terminal columns of a string: East Asian wide characters take two. */
function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
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
  const lines = [`${file}: ${records.length} matches of ${rows.length} terms`];
  if (rows.length === 0) return `${lines[0]}\n`;
  const termWidth = Math.max(4, ...rows.map((r) => displayWidth(r.term)));
  const countWidth = Math.max(5, ...rows.map((r) => String(r.count).length));
  lines.push(`  ${'count'.padStart(countWidth)}  ${pad('term', termWidth)}  category`);
  for (const r of rows) {
    const category = `${r.category} ${CATEGORIES[r.category]?.zh ?? ''}`.trim();
    lines.push(`  ${String(r.count).padStart(countWidth)}  ${pad(r.term, termWidth)}  ${category}`);
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
      io.stderr(`tifa scan: cannot read ${file}: ${readError(error)}\n`);
      exitCode = 1;
      continue;
    }
    const { text: content } = decodeText(bytes);
    const html = (file !== '-' && isHtmlName(file)) || looksLikeHtml(content);
    const { text, matches } = scanDocument(dictionary.automaton, content, html);
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

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The bundled dictionary (or $TIFA_LEXICON_DIR / $TIFA_CORPUS_DIR, as `tifa terms` reads). */
function bundledScanDictionary(): ScanDictionary {
  const built = buildBundledDictionary({
    lexiconDir: process.env.TIFA_LEXICON_DIR,
    corpusDir: process.env.TIFA_CORPUS_DIR,
  });
  const { entries } = built.dictionary;
  return {
    automaton: built.automaton,
    entryOf(pattern) {
      const index = built.patternEntries[pattern];
      if (index === BLOCKED_PATTERN) return undefined;
      const entry = entries[index];
      if (!entry) throw new RangeError(`no dictionary entry for pattern ${pattern}`);
      return entry;
    },
  };
}

/**
 * The FILE arguments after `scan`. cac (through mri) reads a lone `-` as an empty flag and swallows
 * the argument after it, so the files are taken from the raw arguments: everything that is `-` or
 * does not start with `-`, and everything after `--`.
 */
export function filesFromArgv(argv: readonly string[]): string[] {
  const at = argv.indexOf('scan', 2);
  const files: string[] = [];
  let literal = false;
  for (const arg of argv.slice(at + 1)) {
    if (literal || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') literal = true;
  }
  return files;
}

/** `tifa scan [--json] FILE…`: the bundled dictionary's terms in text and HTML files. */
export function register(cli: CAC): void {
  cli
    .command('scan [...files]', 'Find the dictionary terms in text or HTML files (- for standard input)')
    .option('--json', 'Print one JSON object per match: {file, start, end, text, id, term, category}')
    .action(async (_files: string[], options: { json?: boolean }) => {
      const files = filesFromArgv(process.argv);
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      if (files.length === 0) {
        process.stderr.write('tifa scan: name one or more files, or - for standard input\n');
        process.exitCode = 2;
        return;
      }
      let dictionary: ScanDictionary;
      try {
        dictionary = bundledScanDictionary();
      } catch (error) {
        if (!(error instanceof TermSheetValidationError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.exitCode = await runScan({
        files,
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
