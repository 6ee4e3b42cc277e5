/**
 * The number of parts a numbered formulation's headword promises: 四个意识 → 4, 三会一课 → 3 + 1,
 * 一群两区三圈 → 1 + 2 + 3, 十个坚持 → 10. Each run of numeral characters is read as one number
 * (十九 → 19, 二十 → 20) and the runs are added up, because these slogans enumerate their parts
 * group by group. Headwords where that reading is wrong (一岗双责 has two parts, not three) say
 * `count:` in the term sheet.
 */

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  双: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const NUMERAL_CHARS = '一二两双三四五六七八九十百千';

/** Reads one run of numeral characters: 十九 → 19, 二十 → 20, 一百 → 100, 两 → 2. */
export function readNumeralRun(run: string): number {
  let total = 0;
  let digit: number | undefined;
  for (const char of run) {
    const unit = UNITS[char];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = undefined;
      continue;
    }
    const value = DIGITS[char];
    if (value === undefined) throw new Error(`not a numeral: ${char}`);
    // Two digits in a row (五四) are two numbers, not a place-value numeral.
    if (digit !== undefined) total += digit;
    digit = value;
  }
  return total + (digit ?? 0);
}

/** The numeral runs of a headword, in order. */
export function numeralRuns(headword: string): string[] {
  return headword.match(new RegExp(`[${NUMERAL_CHARS}]+`, 'gu')) ?? [];
}

/** The part count a headword's numerals imply, or undefined when it has none. */
export function impliedPartCount(headword: string): number | undefined {
  const runs = numeralRuns(headword);
  if (runs.length === 0) return undefined;
  return runs.reduce((sum, run) => sum + readNumeralRun(run), 0);
}
