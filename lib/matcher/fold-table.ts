import OpenCC from 'opencc-js';

/** CJK Unified Ideographs Extension A, the main block, and the compatibility ideographs. */
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let cached: Map<string, string> | undefined;

/** Every BMP ideograph that some Traditional → Simplified converter maps to a different single one. */
function allFolds(): Map<string, string> {
  if (cached) return cached;
  const chars: string[] = [];
  for (const [from, to] of RANGES) for (let u = from; u <= to; u++) chars.push(String.fromCharCode(u));
  // One character per line, so that OpenCC's phrase tables never see two neighbours together.
  const joined = chars.join('\n');
  const folds = new Map<string, string>();
  // Generic Traditional first, then the Taiwan and Hong Kong variant spellings (爲 / 為 → 为).
  for (const from of ['t', 'tw', 'hk'] as const) {
    const converted = OpenCC.Converter({ from, to: 'cn' })(joined).split('\n');
    if (converted.length !== chars.length) throw new Error('opencc-js changed the number of lines');
    converted.forEach((to, i) => {
      if (to.length === 1 && to !== chars[i] && !folds.has(chars[i])) folds.set(chars[i], to);
    });
  }
  cached = folds;
  return folds;
}

/**
 * The Traditional → Simplified table to embed in an automaton for these patterns: only characters
 * that fold to a character the patterns use, and never a character the patterns use themselves
 * (so 乾 in a pattern keeps matching 乾). Build time only: opencc-js is large.
 */
export function buildFoldTable(patterns: readonly string[]): Record<string, string> {
  const used = new Set<string>();
  for (const p of patterns) for (const ch of p) used.add(ch);
  const table: Record<string, string> = {};
  for (const [from, to] of allFolds()) {
    if (used.has(to) && !used.has(from)) table[from] = to;
  }
  return table;
}
