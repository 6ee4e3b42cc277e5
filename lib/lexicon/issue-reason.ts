import type * as v from 'valibot';
import { KNOWN_KEYS } from './schema';
import type { YamlPath } from './yaml-source';

/** What a valibot issue means for a curator, and where in the YAML to point. */
export interface LocatedReason {
  path: YamlPath;
  /** Point at the key itself (an unknown key) rather than at its value. */
  key: boolean;
  reason: string;
}

export function describeIssue(issue: v.BaseIssue<unknown>): LocatedReason {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  const field = path.filter((step) => typeof step === 'string').join('.');
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const name = String(path.at(-1));
    const hint = closestKey(name);
    return {
      path,
      key: true,
      reason: `unknown key "${field}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined' && path.length > 0) {
    return { path: path.slice(0, -1), key: false, reason: `missing required field "${field}"` };
  }
  return { path, key: false, reason: issue.message };
}

/** A known key within two edits of a typo (varaints → variants, gloses → gloss). */
function closestKey(name: string): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of KNOWN_KEYS) {
    const distance = editDistance(name.toLowerCase(), key.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** Optimal string alignment distance: a swap of two neighbours counts as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
