import type { CAC } from 'cac';
import { loadBundledCorpus, loadSpeechFile } from '../../lib/corpus/load-bundled';
import { segment } from '../../lib/corpus/segment-node';
import type { Speech } from '../../lib/corpus/types';
import { type Candidate, findCandidates, knownForms } from '../../lib/lexicon/candidates';
import { DEFAULT_LEXICON_DIR, loadTermSheets } from '../../lib/lexicon/load-bundled';

interface CandidatesOptions {
  json?: boolean;
  limit?: number | string;
  minCount?: number | string;
  lexicon?: string;
}

export function register(cli: CAC): void {
  cli
    .command(
      'candidates [...files]',
      'Formulation-like phrases the lexicon lacks (bundled corpus, or .txt speeches)',
    )
    .option('--json', 'Print every candidate as one JSON array')
    .option('--limit <n>', 'Rows to show in the table (0 = all)', { default: 60 })
    .option('--min-count <n>', 'Fewest occurrences for a frequent word', { default: 3 })
    .option('--lexicon <dir>', 'Term sheet directory whose forms count as known', {
      default: DEFAULT_LEXICON_DIR,
    })
    .example('npm run tifa -- candidates')
    .example('npm run tifa -- candidates my-speech.txt --json')
    .action((files: string[], options: CandidatesOptions) => {
      let candidates: Candidate[];
      try {
        candidates = findCandidates({
          corpus: readCorpus(files),
          known: knownForms(loadTermSheets(options.lexicon)),
          segment,
          minFrequentCount: Number(options.minCount),
        });
      } catch (error) {
        // A bad term sheet or an unreadable file: the message says where; a stack trace would not help.
        process.stderr.write(`tifa candidates: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
        return;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
        return;
      }
      const limit = Number(options.limit);
      printTable(limit > 0 ? candidates.slice(0, limit) : candidates, candidates.length);
    });
}

function readCorpus(files: string[]): Speech[] {
  if (files.length === 0) return loadBundledCorpus();
  return files.flatMap((file, i) => loadSpeechFile(file, { order: i + 1 }));
}

/** Terminal columns of a string: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
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
  const phraseWidth = Math.max(6, ...rows.map((r) => width(r.phrase)));
  const lines = [
    `${pad('#', 4)}${pad('kind', 10)}${pad('count', 7)}${pad('phrase', phraseWidth + 2)}example`,
  ];
  rows.forEach((r, i) => {
    lines.push(
      `${pad(String(i + 1), 4)}${pad(r.kind, 10)}${pad(String(r.count), 7)}${pad(r.phrase, phraseWidth + 2)}${snippet(r)}`,
    );
  });
  lines.push(
    '',
    `${total} candidates${rows.length < total ? ` (showing ${rows.length}; --limit 0 for all)` : ''}.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
