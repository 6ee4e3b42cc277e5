// Build time only (Node): the extension imports 'virtual:tifa-dictionary' and gets the finished
// dictionary and the serialized automaton; pinyin-pro, jieba, opencc and the YAML stay here.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const VIRTUAL_DICTIONARY_ID = 'virtual:tifa-dictionary';
const RESOLVED_ID = `\0${VIRTUAL_DICTIONARY_ID}`;
/** The parsed speeches (paragraphs, sentences) for the reader page only; types in entrypoints/reader/virtual-corpus.d.ts. */
const VIRTUAL_CORPUS_ID = 'virtual:tifa-corpus';
const RESOLVED_CORPUS_ID = `\0${VIRTUAL_CORPUS_ID}`;

export interface TifaDictionaryOptions {
  /** Defaults to $TIFA_LEXICON_DIR, then assets/lexicon. */
  lexiconDir?: string;
  /** Defaults to $TIFA_CORPUS_DIR, then assets/corpus. */
  corpusDir?: string;
}

// WXT runs one Vite build per group of entrypoints and each builds the module again: reuse the
// result while no input file has changed.
let cache: { key: string; code: string } | undefined;

export function tifaDictionary(options: TifaDictionaryOptions = {}): Plugin {
  const lexiconDir = resolve(options.lexiconDir ?? process.env.TIFA_LEXICON_DIR ?? 'assets/lexicon');
  const corpusDir = resolve(options.corpusDir ?? process.env.TIFA_CORPUS_DIR ?? 'assets/corpus');

  return {
    name: 'tifa-dictionary',
    resolveId(id) {
      if (id === VIRTUAL_CORPUS_ID) return RESOLVED_CORPUS_ID;
      return id === VIRTUAL_DICTIONARY_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id === RESOLVED_CORPUS_ID) {
        const { loadBundledCorpus } = await import('../corpus/load-bundled');
        return `export const speeches = JSON.parse(${JSON.stringify(JSON.stringify(loadBundledCorpus(corpusDir)))});`;
      }
      if (id !== RESOLVED_ID) return undefined;
      // Imported here, not at the top, so that loading wxt.config.ts (wxt prepare) stays fast.
      const { buildBundledDictionary, corpusPaths, termSheetPaths } = await import('./load-bundled');
      const { generateDictionaryModule } = await import('./dictionary-module');
      const inputs = [...termSheetPaths(lexiconDir), ...corpusPaths(corpusDir)];
      // Rebuild when the term sheet or the corpus changes (build --watch and dev mode).
      for (const path of [lexiconDir, corpusDir, ...inputs]) this.addWatchFile(path);
      const key = inputs.map((path) => `${path}:${statSync(path).mtimeMs}:${statSync(path).size}`).join('\n');
      if (cache?.key !== key) {
        // A bad term sheet throws a TermSheetValidationError listing file:line: reason, which
        // fails the build with that message.
        const code = generateDictionaryModule(buildBundledDictionary({ lexiconDir, corpusDir }));
        cache = { key, code };
      }
      return cache.code;
    },
    configureServer(server) {
      server.watcher.add([lexiconDir, corpusDir]);
      const reload = (path: string) => {
        if (!path.startsWith(lexiconDir) && !path.startsWith(corpusDir)) return;
        for (const resolved of [RESOLVED_ID, RESOLVED_CORPUS_ID]) {
          const module = server.moduleGraph.getModuleById(resolved);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
