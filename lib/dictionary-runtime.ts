import { automaton as automatonBase64, dictionary, patternEntries } from 'virtual:tifa-dictionary';
import type { Dictionary, DictionaryEntry } from './dictionary-types';
import { type Automaton, deserialize } from './matcher';

/** The bundled dictionary, ready to scan with: works in the extension and in Node. */
export interface LoadedDictionary {
  dictionary: Dictionary;
  automaton: Automaton;
  /** The entry a match's pattern index belongs to. */
  entryOf(pattern: number): DictionaryEntry;
}

let loaded: LoadedDictionary | undefined;

/** Memoised: the automaton is decoded and deserialized the first time only. */
export function loadDictionary(): LoadedDictionary {
  if (loaded) return loaded;
  const automaton = deserialize(decodeBase64(automatonBase64));
  const entryOf = (pattern: number): DictionaryEntry => {
    const entry = dictionary.entries[patternEntries[pattern] ?? -1];
    if (!entry) throw new RangeError(`no dictionary entry for pattern ${pattern}`);
    return entry;
  };
  loaded = { dictionary, automaton, entryOf };
  return loaded;
}

// atob exists in browsers, service workers and Node ≥ 16; Uint8Array.fromBase64 is too new.
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
