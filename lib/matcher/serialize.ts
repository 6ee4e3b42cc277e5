import { type Automaton, buildClassTables, CHECK, RECORD } from './automaton';

const MAGIC = 0x43414654; // 'TFAC' read little-endian
const VERSION = 1;
const HEADER_WORDS = 8;
/** The state records stored as 16-bit signed integers (CHECK may be -1, OUT negative). */
const FLAG_NARROW_LINKS = 1;
/** outLen and depth stored as 8-bit. */
const FLAG_NARROW_DEPTH = 2;

function align4(n: number): number {
  return (n + 3) & ~3;
}

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  // Typed-array views use the platform's byte order; every browser and Node target is little-endian.
  throw new Error('tifa matcher: big-endian platforms are not supported');
}

/**
 * Compact binary form: a 32-byte header, then the arrays, each 4-byte aligned. Small automata
 * (the bundled one) store their links in 16 bits; large ones store 32-bit arrays that deserialize
 * as views over the buffer.
 */
export function serialize(a: Automaton): Uint8Array {
  const size = a.depth.length;
  const padded = a.nodes.length / RECORD;
  const narrowLinks = padded <= 0x7fff && a.patternCount < 0x7fff;
  let maxDepth = 0;
  for (let s = 0; s < size; s++) if (a.depth[s] > maxDepth) maxDepth = a.depth[s];
  const narrowDepth = maxDepth < 0x100;
  const depthBytes = narrowDepth ? 1 : 2;
  const k = a.alphabet.length;
  const f = a.foldFrom.length;
  // Narrow records keep only the real states (the padding is rebuilt); wide ones keep everything so
  // that they can be views.
  const nodeValues = narrowLinks ? size * RECORD : padded * RECORD;
  const layout = [
    HEADER_WORDS * 4,
    align4(nodeValues * (narrowLinks ? 2 : 4)),
    align4(size * depthBytes), // outLen
    align4(size * depthBytes), // depth
    align4(k * 2),
    align4(f * 2),
    align4(f * 2),
  ];
  const bytes = new Uint8Array(layout.reduce((x, y) => x + y, 0));
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    VERSION,
    a.patternCount,
    size,
    padded,
    k,
    f,
    (narrowLinks ? FLAG_NARROW_LINKS : 0) | (narrowDepth ? FLAG_NARROW_DEPTH : 0),
  ]);
  let offset = layout[0];
  const put = (values: ArrayLike<number>, length: number, width: number, slot: number) => {
    const view =
      width === 1
        ? new Uint8Array(bytes.buffer, offset, length)
        : width === 2
          ? values === a.nodes
            ? new Int16Array(bytes.buffer, offset, length)
            : new Uint16Array(bytes.buffer, offset, length)
          : new Int32Array(bytes.buffer, offset, length);
    for (let i = 0; i < length; i++) view[i] = values[i];
    offset += layout[slot];
  };
  put(a.nodes, nodeValues, narrowLinks ? 2 : 4, 1);
  put(a.outLen, size, depthBytes, 2);
  put(a.depth, size, depthBytes, 3);
  put(a.alphabet, k, 2, 4);
  put(a.foldFrom, f, 2, 5);
  put(a.foldTo, f, 2, 6);
  return bytes;
}

/** Reads what serialize wrote, without recompiling: wide arrays become views over `bytes`. */
export function deserialize(input: Uint8Array): Automaton {
  // Views need 4-byte alignment; a buffer sliced at an odd offset is copied once.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('tifa matcher: automaton data is truncated');
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const [magic, version, patternCount, size, padded, k, f, flags] = header;
  if (magic !== MAGIC) throw new Error('tifa matcher: not a serialized automaton');
  if (version !== VERSION) throw new Error(`tifa matcher: unsupported automaton version ${version}`);
  const narrowLinks = (flags & FLAG_NARROW_LINKS) !== 0;
  const narrowDepth = (flags & FLAG_NARROW_DEPTH) !== 0;
  let offset = bytes.byteOffset + HEADER_WORDS * 4;
  const take = (length: number, width: number) => {
    const end = offset + length * width;
    if (end > bytes.byteOffset + bytes.byteLength)
      throw new Error('tifa matcher: automaton data is truncated');
    const view =
      width === 1
        ? new Uint8Array(bytes.buffer, offset, length)
        : width === 2
          ? new Uint16Array(bytes.buffer, offset, length)
          : new Int32Array(bytes.buffer, offset, length);
    offset = align4(end);
    return view;
  };
  let nodes: Int32Array;
  if (narrowLinks) {
    const raw = take(size * RECORD, 2);
    nodes = new Int32Array(padded * RECORD);
    nodes.set(new Int16Array(raw.buffer, raw.byteOffset, raw.length));
    for (let slot = size; slot < padded; slot++) nodes[slot * RECORD + CHECK] = -1;
  } else {
    nodes = take(padded * RECORD, 4) as Int32Array;
  }
  const depths = (): Uint16Array => {
    const raw = take(size, narrowDepth ? 1 : 2);
    return narrowDepth ? Uint16Array.from(raw) : (raw as Uint16Array);
  };
  const outLen = depths();
  const depth = depths();
  const tables = {
    alphabet: take(k, 2) as Uint16Array,
    foldFrom: take(f, 2) as Uint16Array,
    foldTo: take(f, 2) as Uint16Array,
    nodes,
  };
  return {
    patternCount,
    outLen,
    depth,
    ...tables,
    folded: buildClassTables(tables, true),
    plain: undefined,
  };
}
