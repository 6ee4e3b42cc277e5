import * as v from 'valibot';
import { CATEGORY_IDS, type CategoryId } from '../categories';

/**
 * The shape of the hand-edited term sheet (assets/lexicon/<category>.yaml) and of the excluded and
 * blocked lists (assets/lexicon/excluded.yaml). Objects are strict so that a typo such as `varaints` is reported
 * instead of silently dropping the field. Checks that need more than one entry (duplicates, related
 * ids) live in validate-term-sheets.ts.
 */

const TERM_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = (what: string) =>
  v.pipe(v.string(`${what} must be a text`), v.trim(), v.nonEmpty(`${what} is empty`));

const textList = (what: string) => v.array(text(`each of ${what}`), `${what} must be a list`);

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
function isValidDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

// An unquoted `date: 2016` is a number in YAML; accept it as the year it obviously is.
const dateSchema = v.pipe(
  v.union([v.string(), v.number()], 'proposed.date must be a date (YYYY, YYYY-MM or YYYY-MM-DD)'),
  v.transform((value) => String(value)),
  v.check(isValidDate, (issue) => `bad date "${issue.input}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`),
);

export const termSchema = v.strictObject(
  {
    id: v.pipe(
      v.string('id must be a text'),
      v.regex(
        TERM_ID_PATTERN,
        (issue) => `bad id "${issue.input}" (expected lower-case ascii words joined by -)`,
      ),
    ),
    term: text('term'),
    variants: v.optional(textList('variants')),
    pinyin: v.optional(text('pinyin')),
    en: text('en'),
    gloss: v.strictObject({ zh: text('gloss.zh'), en: text('gloss.en') }, 'gloss must have zh and en'),
    parts: v.optional(textList('parts')),
    count: v.optional(
      v.pipe(
        v.number('count must be a number'),
        v.integer('count must be a whole number'),
        v.minValue(1, 'count must be at least 1'),
      ),
    ),
    related: v.optional(textList('related')),
    proposed: v.optional(
      v.strictObject(
        { date: v.optional(dateSchema), occasion: v.optional(text('proposed.occasion')) },
        'proposed must be a map with date and/or occasion',
      ),
    ),
    inCorpus: v.optional(v.boolean('inCorpus must be true or false')),
  },
  'each term is a map with id, term, en and gloss',
);

/** The outer shape of a category file; each term is checked on its own so one bad entry spares the rest. */
export const termSheetSchema = v.strictObject(
  {
    category: v.picklist(
      CATEGORY_IDS,
      (issue) =>
        `unknown category ${JSON.stringify(issue.input)} (expected one of ${CATEGORY_IDS.join(', ')})`,
    ),
    terms: v.array(v.unknown(), 'terms must be a list'),
  },
  'a term sheet is a map with category: and terms:',
);

/** An item of excluded.yaml's `excluded:` or `blocked:` list. */
const phraseSchema = (list: 'excluded' | 'blocked') =>
  v.strictObject(
    { phrase: text('phrase'), reason: text('reason') },
    `each ${list} item is a map with phrase and reason`,
  );

export const phraseSchemas = { excluded: phraseSchema('excluded'), blocked: phraseSchema('blocked') };

export const excludedListSchema = v.strictObject(
  {
    excluded: v.array(v.unknown(), 'excluded must be a list'),
    blocked: v.optional(v.array(v.unknown(), 'blocked must be a list')),
  },
  'excluded.yaml is a map with excluded: and blocked: (lists of phrase and reason)',
);

/** Where a value came from, for messages that point the curator at the right line. */
export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
}

/** A validated entry of the term sheet, with defaults filled in. */
export interface Term {
  id: string;
  term: string;
  variants: string[];
  category: CategoryId;
  /** Only when the sheet overrides the generated pinyin. */
  pinyin?: string;
  en: string;
  gloss: { zh: string; en: string };
  parts: string[];
  count?: number;
  related: string[];
  proposed?: { date?: string; occasion?: string };
  inCorpus: boolean;
  source: SourceLocation;
}

export interface ExcludedPhrase {
  phrase: string;
  reason: string;
  source: SourceLocation;
}

/**
 * A longer word that contains a headword or variant but means something else (第一责任人 holds
 * 第一责任). It is compiled into the automaton so that leftmost-longest matching prefers it, and
 * its matches are then dropped: the shorter term inside it is neither highlighted nor cited.
 */
export type BlockedPhrase = ExcludedPhrase;

/** Every key the schemas know, for "did you mean" hints on unknown keys. */
export const KNOWN_KEYS: readonly string[] = [
  ...Object.keys(termSchema.entries),
  ...Object.keys(termSheetSchema.entries),
  ...Object.keys(phraseSchemas.excluded.entries),
  ...Object.keys(excludedListSchema.entries),
  'zh',
  'date',
  'occasion',
];
