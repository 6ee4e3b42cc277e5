import { impliedPartCount } from './numerals';
import type { BlockedPhrase, ExcludedPhrase, Term } from './schema';
import { TermSheetError } from './term-sheet-error';

/** A valid entry plus the lines of the values that cross-entry checks complain about. */
export interface LocatedTerm {
  term: Term;
  lines: { id: number; term: number; variants: number[]; parts: number; related: number[] };
}

interface Claim {
  file: string;
  line: number;
  what: string;
}

/**
 * Checks that need the whole sheet: ids and surface forms are claimed once, related ids exist,
 * numbered formulations list as many parts as their numerals promise, no phrase is both an
 * entry and excluded or blocked, and a blocked phrase holds a form it can block. A duplicate is
 * reported where it occurs the second time and names the first.
 */
export function validateTermSheets({
  terms,
  excluded,
  blocked = [],
  invalidIds = new Set(),
}: {
  terms: readonly LocatedTerm[];
  excluded: readonly ExcludedPhrase[];
  blocked?: readonly BlockedPhrase[];
  /** Ids of entries already reported as invalid: a reference to one is not a second problem. */
  invalidIds?: ReadonlySet<string>;
}): TermSheetError[] {
  const errors: TermSheetError[] = [];
  const ids = new Map<string, Claim>();
  const forms = new Map<string, Claim>();

  for (const { term, lines } of terms) {
    const { file } = term.source;
    const report = (line: number, reason: string) => errors.push(new TermSheetError({ file, line, reason }));

    const firstId = ids.get(term.id);
    if (firstId) report(lines.id, `id "${term.id}" is already used at ${where(firstId)}`);
    else ids.set(term.id, { file, line: lines.id, what: term.id });

    const surfaces = [
      { form: term.term, line: lines.term, what: `the headword of ${term.id}` },
      ...term.variants.map((form, i) => ({
        form,
        line: lines.variants[i] ?? lines.term,
        what: `a variant of ${term.id}`,
      })),
    ];
    for (const { form, line, what } of surfaces) {
      const first = forms.get(form);
      if (first) {
        report(
          line,
          `“${form}” is claimed twice: as ${first.what} (${where(first)}) and as ${what} (${file}:${line})`,
        );
      } else {
        forms.set(form, { file, line, what });
      }
    }

    if (term.parts.length > 0) {
      const implied = impliedPartCount(term.term);
      const expected = term.count ?? implied;
      if (expected !== undefined && expected !== term.parts.length) {
        const because =
          term.count === undefined ? `its numerals imply ${expected}` : `count says ${expected}`;
        report(lines.parts, `“${term.term}” lists ${term.parts.length} parts but ${because}`);
      }
    }
  }

  for (const { term, lines } of terms) {
    for (const [i, id] of term.related.entries()) {
      const line = lines.related[i] ?? lines.id;
      const report = (reason: string) =>
        errors.push(new TermSheetError({ file: term.source.file, line, reason }));
      if (id === term.id) report(`${term.id} lists itself as related`);
      else if (!ids.has(id) && !invalidIds.has(id)) report(`related id "${id}" is not an entry`);
    }
  }

  for (const [list, phrases] of [
    ['excluded', excluded],
    ['blocked', blocked],
  ] as const) {
    const seen = new Map<string, ExcludedPhrase>();
    for (const phrase of phrases) {
      const report = (reason: string) =>
        errors.push(new TermSheetError({ file: phrase.source.file, line: phrase.source.line, reason }));
      const first = seen.get(phrase.phrase);
      const claim = forms.get(phrase.phrase);
      if (first) report(`“${phrase.phrase}” is ${list} twice (first at ${where(first.source)})`);
      else seen.set(phrase.phrase, phrase);
      if (claim) {
        report(`“${phrase.phrase}” is ${list} but is also ${claim.what} (${where(claim)})`);
      } else if (
        list === 'blocked' &&
        invalidIds.size === 0 &&
        ![...forms.keys()].some((form) => phrase.phrase.includes(form))
      ) {
        // It would match, win over nothing and be dropped: a typo, or an entry that was removed.
        // (With invalid entries their forms are unknown here: reporting would blame the wrong line.)
        report(`“${phrase.phrase}” is blocked but contains no headword or variant, so it blocks nothing`);
      }
    }
  }
  return errors;
}

function where({ file, line }: { file: string; line: number }): string {
  return `${file}:${line}`;
}
