// Node only: jieba-wasm is 4 MB of wasm; keep it out of anything the extension imports.
import { tag } from 'jieba-wasm';

/** Splits Chinese text into words with their part-of-speech tags (jieba, HMM on for unseen words). */
export function segment(text: string): { word: string; tag: string }[] {
  return tag(text, true);
}
