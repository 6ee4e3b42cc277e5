/**
 * Per-code-unit normalisation shared by the compiler, the scanner and the reference matcher.
 * Everything here works on single UTF-16 code units: surrogate halves are never skippable and never
 * folded, so astral characters (CJK Extension B …) simply match unit by unit.
 */

/** Characters that are transparent inside a match: whitespace, zero-width characters, soft hyphen. */
export function isSkippable(unit: number): boolean {
  switch (unit) {
    case 0x09: // tab
    case 0x0a: // line feed
    case 0x0b: // vertical tab
    case 0x0c: // form feed
    case 0x0d: // carriage return
    case 0x20: // space
    case 0xa0: // no-break space
    case 0xad: // soft hyphen
    case 0x1680: // ogham space mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x202f: // narrow no-break space
    case 0x205f: // medium mathematical space
    case 0x2060: // word joiner
    case 0x3000: // ideographic space
    case 0xfeff: // zero-width no-break space / BOM
      return true;
    default:
      // U+2000–U+200A: typographic spaces; U+200B–U+200D: zero-width space, non-joiner, joiner.
      return unit >= 0x2000 && unit <= 0x200d;
  }
}

/** Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) fold to ASCII. */
export function foldFullWidth(unit: number): number {
  if (
    (unit >= 0xff10 && unit <= 0xff19) ||
    (unit >= 0xff21 && unit <= 0xff3a) ||
    (unit >= 0xff41 && unit <= 0xff5a)
  ) {
    return unit - 0xfee0;
  }
  return unit;
}

/** Every code unit that foldFullWidth changes, for building lookup tables. */
export function* fullWidthUnits(): Generator<number> {
  for (let u = 0xff10; u <= 0xff19; u++) yield u;
  for (let u = 0xff21; u <= 0xff3a; u++) yield u;
  for (let u = 0xff41; u <= 0xff5a; u++) yield u;
}

/** A pattern as the automaton stores it: skippable characters removed, full-width forms folded. */
export function normalizePattern(pattern: string): string {
  let i = 0;
  // Most patterns are already normal: return them as they are, without building a new string.
  while (i < pattern.length) {
    const unit = pattern.charCodeAt(i);
    if (isSkippable(unit) || foldFullWidth(unit) !== unit) break;
    i++;
  }
  if (i === pattern.length) return pattern;
  let out = pattern.slice(0, i);
  for (let j = i; j < pattern.length; j++) {
    const unit = pattern.charCodeAt(j);
    if (!isSkippable(unit)) out += String.fromCharCode(foldFullWidth(unit));
  }
  return out;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * Keeps the fold entries the scanner can apply: one BMP character to one BMP character, the target
 * used by some pattern, and the source used by none. Dropping sources that patterns use keeps
 * `traditional: false` honest: a pattern spelt with a character must still match that character
 * literally, whatever the fold says (乾 in 乾坤 is not folded to 干 if a pattern contains 乾).
 */
export function usableFoldEntries(
  fold: Map<string, string> | Record<string, string> | undefined,
  normalizedPatterns: readonly string[],
): [number, number][] {
  if (!fold) return [];
  const used = new Set<number>();
  for (const p of normalizedPatterns) for (let i = 0; i < p.length; i++) used.add(p.charCodeAt(i));
  const entries = fold instanceof Map ? [...fold.entries()] : Object.entries(fold);
  const seen = new Set<number>();
  const result: [number, number][] = [];
  for (const [from, to] of entries) {
    if (from.length !== 1 || to.length !== 1) continue;
    const f = from.charCodeAt(0);
    const t = to.charCodeAt(0);
    if (f === t || isSurrogate(f) || isSurrogate(t) || isSkippable(f) || foldFullWidth(f) !== f) continue;
    if (used.has(f) || !used.has(t) || seen.has(f)) continue;
    seen.add(f);
    result.push([f, t]);
  }
  result.sort((x, y) => x[0] - y[0]);
  return result;
}
