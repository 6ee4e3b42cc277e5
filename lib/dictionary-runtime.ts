import { automaton, core, details, patternEntries } from 'virtual:tifa-dictionary';
import { inflateSync } from 'fflate';
import type { Dictionary, DictionaryEntry } from './dictionary-types';
import {
  type CoreTable,
  type DetailTable,
  entryForPattern,
  expandDictionary,
} from './lexicon/dictionary-format';
import { type Automaton, deserialize } from './matcher';

/** The bundled dictionary, ready to scan with: works in the extension and in Node. */
export interface LoadedDictionary {
  dictionary: Dictionary;
  automaton: Automaton;
  /**
   * The entry a match's pattern index belongs to, or undefined when the match is a blocked phrase
   * (第一责任人 holds 第一责任 but is not it): drop that match.
   */
  entryOf(pattern: number): DictionaryEntry | undefined;
}

/** The exports of the generated module (lib/virtual-dictionary.d.ts). */
export interface DictionaryModule {
  core: string;
  details: string;
  automaton: string;
  patternEntries: readonly number[];
}

let loaded: LoadedDictionary | undefined;

/** Memoised: the automaton is inflated and deserialized the first time only. */
export function loadDictionary(): LoadedDictionary {
  loaded ??= openDictionary({ core, details, automaton, patternEntries });
  return loaded;
}

/**
 * A generated module, expanded. The glosses and citations are inflated only when first read
 * (usually when a card opens): highlighting needs the automaton and the core table only.
 */
export function openDictionary(module: DictionaryModule): LoadedDictionary {
  const dictionary = expandDictionary({
    core: inflateJson(module.core) as CoreTable,
    details: () => inflateJson(module.details) as DetailTable,
  });
  const entryOf = (pattern: number) => entryForPattern(module.patternEntries, dictionary.entries, pattern);
  return { dictionary, automaton: deserialize(inflateBase64(module.automaton)), entryOf };
}

function inflateJson(base64: string): unknown {
  return JSON.parse(new TextDecoder().decode(inflateBase64(base64)));
}

// atob exists in browsers, service workers and Node ≥ 16; Uint8Array.fromBase64 is too new.
// fflate, not DecompressionStream: that one is asynchronous, and scanning starts synchronously.
function inflateBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return inflateSync(bytes);
}
