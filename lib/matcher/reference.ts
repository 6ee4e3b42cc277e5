import { foldFullWidth, isSkippable, normalizePattern, usableFoldEntries } from './normalize';
import type { Match, ScanOptions } from './scan';

/**
 * The matcher's specification, written plainly: normalise the text unit by unit (dropping
 * skippable units but remembering where each kept unit came from), then at each position take the
 * longest pattern that starts there (lowest index on ties) and jump past it. Tests compare the
 * automaton against it; it is quadratic and never used in the product.
 */
export function referenceScan(
  patterns: readonly string[],
  fold: Map<string, string> | Record<string, string> | undefined,
  text: string,
  options?: ScanOptions,
): Match[] {
  const normalized = patterns.map(normalizePattern);
  const foldMap = new Map(options?.traditional === false ? [] : usableFoldEntries(fold, normalized));
  const units: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (isSkippable(u)) continue;
    const w = foldFullWidth(u);
    units.push(foldMap.get(w) ?? w);
    origin.push(i);
  }
  const normText = String.fromCharCode(...units);
  const matches: Match[] = [];
  let i = 0;
  while (i < normText.length) {
    let best = -1;
    for (let p = 0; p < normalized.length; p++) {
      const q = normalized[p];
      if (q.length === 0 || !normText.startsWith(q, i)) continue;
      if (best === -1 || q.length > normalized[best].length) best = p;
    }
    if (best === -1) {
      i++;
      continue;
    }
    const len = normalized[best].length;
    matches.push({ start: origin[i], end: origin[i + len - 1] + 1, pattern: best });
    i += len;
  }
  return matches;
}
