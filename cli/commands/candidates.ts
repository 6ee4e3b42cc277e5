import type { CAC } from 'cac';
import { loadBundledCorpus, loadSpeechFile } from '../../lib/corpus/load-bundled';
import { parseSpeech } from '../../lib/corpus/parse';
import { segment } from '../../lib/corpus/segment-node';
import type { Speech } from '../../lib/corpus/types';
import { type Candidate, findCandidates, knownForms } from '../../lib/lexicon/candidates';
import { DEFAULT_LEXICON_DIR, loadTermSheets } from '../../lib/lexicon/load-bundled';
import { decodeText } from '../../lib/text/decode';
import { orReportBadTermSheet } from '../dictionary';
import { fileArguments, readErrorReason, readStdin } from '../files';
import { displayWidth, exitQuietlyOnClosedPipe, padColumns } from '../terminal';

interface CandidatesOptions {
  json?: boolean;
  limit?: number | string;
  minCount?: number | string;
  lexicon?: string;
  '--'?: string[];
}

export function register(cli: CAC): void {
  cli
    .command(
      'candidates [...files]',
      'Formulation-like phrases the lexicon lacks (bundled corpus, or .txt speeches; - for standard input)',
    )
    .option('--json', 'Print every candidate as one JSON array')
    .option('--limit <n>', 'Rows to show in the table (0 = all)', { default: 60 })
    .option('--min-count <n>', 'Fewest occurrences for a frequent word', { default: 3 })
    .option('--lexicon <dir>', 'Term sheet directory whose forms count as known', {
      default: DEFAULT_LEXICON_DIR,
    })
    .example('npm run tifa -- candidates')
    .example('npm run tifa -- candidates my-speech.txt --json')
    .action(async (files: string[], options: CandidatesOptions) => {
      exitQuietlyOnClosedPipe();
      const sheets = orReportBadTermSheet(() => loadTermSheets(options.lexicon));
      if (!sheets) return;
      const candidates = findCandidates({
        corpus: await readCorpus(fileArguments(files, options)),
        known: knownForms(sheets),
        segment,
        minFrequentCount: Number(options.minCount),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
        return;
      }
      const limit = Number(options.limit);
      printTable(limit > 0 ? candidates.slice(0, limit) : candidates, candidates.length);
    });
}

/**
 * The bundled corpus, or each file as one speech (a compilation when it has a *.meta.yaml beside
 * it). A file that cannot be read or parsed is reported on stderr and left out, and the exit code
 * becomes 1, as `tifa scan` does.
 */
async function readCorpus(files: readonly string[]): Promise<Speech[]> {
  if (files.length === 0) return loadBundledCorpus();
  const speeches: Speech[] = [];
  for (const [i, file] of files.entries()) {
    const order = i + 1;
    try {
      if (file === '-')
        speeches.push(parseSpeech(decodeText(await readStdin()).text, { id: 'stdin', order }));
      else speeches.push(...loadSpeechFile(file, { order }));
    } catch (error) {
      process.stderr.write(`tifa candidates: cannot read ${file}: ${readErrorReason(error)}\n`);
      process.exitCode = 1;
    }
  }
  return speeches;
}

/** The example sentence cut around the phrase, so each row fits on one line. */
function snippet(c: Candidate, before = 10, after = 14): string {
  const chars = [...c.example];
  const start = [...c.example.slice(0, c.exampleStart)].length;
  const end = start + [...c.phrase].length;
  const from = Math.max(0, start - before);
  const to = Math.min(chars.length, end + after);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

function printTable(rows: Candidate[], total: number): void {
  const phraseWidth = Math.max(6, ...rows.map((r) => displayWidth(r.phrase)));
  const lines = [
    `${padColumns('#', 4)}${padColumns('kind', 10)}${padColumns('count', 7)}${padColumns('phrase', phraseWidth + 2)}example`,
  ];
  rows.forEach((r, i) => {
    lines.push(
      `${padColumns(String(i + 1), 4)}${padColumns(r.kind, 10)}${padColumns(String(r.count), 7)}${padColumns(r.phrase, phraseWidth + 2)}${snippet(r)}`,
    );
  });
  lines.push(
    '',
    `${total} candidates${rows.length < total ? ` (showing ${rows.length}; --limit 0 for all)` : ''}.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
