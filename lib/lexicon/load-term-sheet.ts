import * as v from 'valibot';
import { CATEGORY_IDS, type CategoryId, isCategoryId } from '../categories';
import { describeIssue } from './issue-reason';
import {
  type BlockedPhrase,
  type ExcludedPhrase,
  excludedListSchema,
  phraseSchemas,
  type Term,
  termSchema,
  termSheetSchema,
} from './schema';
import { TermSheetError } from './term-sheet-error';
import { type LocatedTerm, validateTermSheets } from './validate-term-sheets';
import { type YamlPath, YamlSource } from './yaml-source';

/**
 * Reads the term sheet from YAML texts (pure: the caller reads the files). Every problem is
 * collected with its file and line, so one run of the build shows the curator all of them.
 */

const EXCLUDED_FILE_NAME = 'excluded.yaml';

export interface TermSheetFile {
  /** The path to show in messages; its base name says the category (core.yaml) or excluded.yaml. */
  file: string;
  text: string;
}

export interface TermSheets {
  /** Valid entries, in category order, then in file order. */
  terms: Term[];
  excluded: ExcludedPhrase[];
  blocked: BlockedPhrase[];
  /** Empty when the sheet is good. */
  errors: TermSheetError[];
}

export function readTermSheets(files: readonly TermSheetFile[]): TermSheets {
  const ordered = [...files].sort(
    (a, b) => fileRank(a.file) - fileRank(b.file) || a.file.localeCompare(b.file),
  );
  const errors: TermSheetError[] = [];
  const located: LocatedTerm[] = [];
  const excluded: ExcludedPhrase[] = [];
  const blocked: BlockedPhrase[] = [];
  // Ids of entries that failed their own checks: other entries may still refer to them.
  const invalidIds = new Set<string>();
  for (const { file, text } of ordered) {
    const source = new YamlSource(text);
    const report = (line: number, reason: string) => errors.push(new TermSheetError({ file, line, reason }));
    for (const error of source.syntaxErrors) report(error.line, error.reason);
    if (source.syntaxErrors.length > 0) {
      // Entries elsewhere may refer to the ids of this file: that is not a second problem.
      const terms = (source.partialValue as { terms?: unknown } | null)?.terms;
      if (Array.isArray(terms)) for (const raw of terms) addId(invalidIds, raw);
      continue;
    }
    if (baseName(file) === EXCLUDED_FILE_NAME) {
      const lists = readExcluded({ file, source, report });
      excluded.push(...lists.excluded);
      blocked.push(...lists.blocked);
    } else {
      located.push(...readCategoryFile({ file, source, report, invalidIds }));
    }
  }
  errors.push(...validateTermSheets({ terms: located, excluded, blocked, invalidIds }));
  const rank = new Map(ordered.map(({ file }, index) => [file, index]));
  errors.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.line - b.line);
  // The YAML parser can say the same thing twice about one line.
  const unique = errors.filter(
    (error, i) => errors.findIndex((other) => other.message === error.message) === i,
  );
  return { terms: located.map(({ term }) => term), excluded, blocked, errors: unique };
}

type Report = (line: number, reason: string) => void;

interface FileContext {
  file: string;
  source: YamlSource;
  report: Report;
}

function addId(ids: Set<string>, raw: unknown): void {
  const id = (raw as { id?: unknown } | null)?.id;
  if (typeof id === 'string') ids.add(id);
}

function reportIssues({ source, report }: FileContext, issues: v.BaseIssue<unknown>[], prefix: YamlPath) {
  for (const issue of issues) {
    const { path, key, reason } = describeIssue(issue);
    report(source.lineOf([...prefix, ...path], { key }), reason);
  }
}

function readCategoryFile(context: FileContext & { invalidIds: Set<string> }): LocatedTerm[] {
  const { file, source, report, invalidIds } = context;
  const shell = v.safeParse(termSheetSchema, source.value ?? {});
  const name = baseName(file).replace(/\.yaml$/, '');
  if (!isCategoryId(name)) {
    report(
      1,
      `unknown category "${name}" in the file name (expected one of ${CATEGORY_IDS.join(', ')}, or ${EXCLUDED_FILE_NAME})`,
    );
  }
  if (!shell.success) {
    reportIssues(context, shell.issues, []);
    // Still check the entries, so that fixing the category does not reveal a second round of errors.
    const terms = (source.value as { terms?: unknown } | null)?.terms;
    if (Array.isArray(terms)) {
      for (const [index, raw] of terms.entries()) {
        const result = v.safeParse(termSchema, raw);
        if (!result.success) reportIssues(context, result.issues, ['terms', index]);
        addId(invalidIds, raw);
      }
    }
    return [];
  }
  const { category } = shell.output;
  if (isCategoryId(name) && category !== name) {
    report(
      source.lineOf(['category']),
      `category "${category}" does not match the file name ${baseName(file)}`,
    );
  }
  const located: LocatedTerm[] = [];
  for (const [index, raw] of shell.output.terms.entries()) {
    const result = v.safeParse(termSchema, raw);
    if (!result.success) {
      reportIssues(context, result.issues, ['terms', index]);
      addId(invalidIds, raw);
      continue;
    }
    located.push(locateTerm({ source, file, index, category, input: result.output }));
  }
  return located;
}

function locateTerm({
  source,
  file,
  index,
  category,
  input,
}: {
  source: YamlSource;
  file: string;
  index: number;
  category: CategoryId;
  input: v.InferOutput<typeof termSchema>;
}): LocatedTerm {
  const at = (...path: YamlPath) => source.lineOf(['terms', index, ...path]);
  const variants = input.variants ?? [];
  const related = input.related ?? [];
  const term: Term = {
    id: input.id,
    term: input.term,
    variants,
    category,
    ...(input.pinyin === undefined ? {} : { pinyin: input.pinyin }),
    en: input.en,
    gloss: input.gloss,
    parts: input.parts ?? [],
    ...(input.count === undefined ? {} : { count: input.count }),
    related,
    ...(input.proposed === undefined ? {} : { proposed: input.proposed }),
    inCorpus: input.inCorpus ?? true,
    source: { file, line: at() },
  };
  return {
    term,
    lines: {
      id: at('id'),
      term: at('term'),
      variants: variants.map((_, i) => at('variants', i)),
      parts: at('parts'),
      related: related.map((_, i) => at('related', i)),
    },
  };
}

function readExcluded(context: FileContext): { excluded: ExcludedPhrase[]; blocked: BlockedPhrase[] } {
  const shell = v.safeParse(excludedListSchema, context.source.value ?? {});
  if (!shell.success) {
    reportIssues(context, shell.issues, []);
    return { excluded: [], blocked: [] };
  }
  return {
    excluded: readPhrases(context, { key: 'excluded', items: shell.output.excluded }),
    blocked: readPhrases(context, { key: 'blocked', items: shell.output.blocked ?? [] }),
  };
}

function readPhrases(
  context: FileContext,
  { key, items }: { key: keyof typeof phraseSchemas; items: unknown[] },
): ExcludedPhrase[] {
  const { file, source } = context;
  const phrases: ExcludedPhrase[] = [];
  for (const [index, raw] of items.entries()) {
    const result = v.safeParse(phraseSchemas[key], raw);
    if (!result.success) {
      reportIssues(context, result.issues, [key, index]);
      continue;
    }
    phrases.push({ ...result.output, source: { file, line: source.lineOf([key, index, 'phrase']) } });
  }
  return phrases;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** Category files in the order of CATEGORY_IDS (the popup's order), then anything else. */
function fileRank(file: string): number {
  const name = baseName(file).replace(/\.yaml$/, '');
  const index = (CATEGORY_IDS as readonly string[]).indexOf(name);
  return index === -1 ? CATEGORY_IDS.length : index;
}
