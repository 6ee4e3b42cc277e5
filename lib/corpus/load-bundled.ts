// Node only: reads the corpus from disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeText } from '../text/decode';
import { parseCorpusMeta } from './meta';
import { parseCompilation, parseSpeech, speechIdFromFileName } from './parse';
import type { Speech } from './types';

/**
 * Reads one speech file: with a sibling *.meta.yaml it is a compilation, otherwise one speech. A
 * user's file may be in GBK or GB18030 as well as UTF-8 (see decodeText).
 */
export function loadSpeechFile(path: string, options: { order?: number } = {}): Speech[] {
  const { text } = decodeText(readFileSync(path));
  const metaPath = path.replace(/\.txt$/i, '.meta.yaml');
  if (metaPath !== path && existsSync(metaPath)) {
    return parseCompilation(text, parseCorpusMeta(readFileSync(metaPath, 'utf8'), metaPath));
  }
  return [parseSpeech(text, { id: speechIdFromFileName(basename(path)), order: options.order })];
}

/**
 * Every *.txt in `dir` (sorted by name), parsed. Speeches without metadata are numbered after the
 * ones before them. Speech ids must be unique across the corpus: citations refer to them.
 */
export function loadBundledCorpus(dir = 'assets/corpus'): Speech[] {
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
  const speeches: Speech[] = [];
  for (const name of files) {
    const nextOrder = Math.max(0, ...speeches.map((s) => s.order)) + 1;
    for (const speech of loadSpeechFile(join(dir, name), { order: nextOrder })) {
      if (speeches.some((s) => s.id === speech.id)) {
        throw new Error(`${join(dir, name)}: speech id “${speech.id}” is already used by another file`);
      }
      speeches.push(speech);
    }
  }
  return speeches;
}
