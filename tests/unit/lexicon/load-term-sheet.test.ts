import { describe, expect, it } from 'vitest';
import { loadTermSheets } from '../../../lib/lexicon/load-bundled';
import { readTermSheets } from '../../../lib/lexicon/load-term-sheet';
import { TermSheetError, TermSheetValidationError } from '../../../lib/lexicon/term-sheet-error';

const FIXTURES = 'tests/fixtures/lexicon';

/** The errors loadTermSheets throws for a fixture directory, as plain objects. */
function errorsOf(dir: string): { file: string; line: number; reason: string }[] {
  try {
    loadTermSheets(`${FIXTURES}/${dir}`);
  } catch (error) {
    expect(error).toBeInstanceOf(TermSheetValidationError);
    return (error as TermSheetValidationError).errors.map(({ file, line, reason }) => ({
      file,
      line,
      reason,
    }));
  }
  throw new Error(`${dir} loaded without errors`);
}

describe('loadTermSheets on a good sheet', () => {
  it('reads every entry with defaults, in category order', () => {
    const { terms, excluded, blocked } = loadTermSheets(`${FIXTURES}/good`);
    expect(terms.map((term) => term.id)).toEqual([
      'liang-ge-weihu',
      'liang-ge-jianjue-weihu',
      'si-ge-yishi',
      'si-ge-quanmian',
      'yi-gang-shuang-ze',
      'san-hui-yi-ke',
    ]);
    const yishi = terms.find((term) => term.id === 'si-ge-yishi');
    expect(yishi).toMatchObject({
      category: 'core',
      variants: ['增强四个意识'],
      pinyin: 'sì gè yìshi',
      inCorpus: true,
      proposed: { date: '2016-01-29', occasion: '中央政治局会议' },
      source: { file: `${FIXTURES}/good/core.yaml`, line: 16 },
    });
    expect(terms.find((term) => term.id === 'si-ge-quanmian')?.inCorpus).toBe(false);
    expect(terms.find((term) => term.id === 'liang-ge-jianjue-weihu')?.variants).toEqual([]);
    // An unquoted year is a number in YAML; it is kept as the year.
    expect(terms.find((term) => term.id === 'san-hui-yi-ke')?.proposed).toEqual({ date: '1961' });
    expect(excluded).toEqual([
      {
        phrase: '七一',
        reason: 'a date (1 July), not a formulation',
        source: { file: `${FIXTURES}/good/excluded.yaml`, line: 2 },
      },
    ]);
    expect(blocked).toEqual([
      {
        phrase: '两个维护者',
        reason: 'two maintainers (of a project), not 两个维护',
        source: { file: `${FIXTURES}/good/excluded.yaml`, line: 5 },
      },
    ]);
  });
});

describe('each kind of error names the file, the line and the reason', () => {
  it('invalid YAML', () => {
    const errors = errorsOf('invalid-yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `${FIXTURES}/invalid-yaml/core.yaml` });
    expect(errors[0]?.reason).toMatch(/^invalid YAML: /);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('a missing or empty required field', () => {
    expect(errorsOf('missing-field')).toEqual([
      { file: `${FIXTURES}/missing-field/core.yaml`, line: 3, reason: 'missing required field "en"' },
      { file: `${FIXTURES}/missing-field/core.yaml`, line: 7, reason: 'term is empty' },
      { file: `${FIXTURES}/missing-field/core.yaml`, line: 9, reason: 'missing required field "gloss.en"' },
    ]);
  });

  it('a file name that is not a category', () => {
    expect(errorsOf('unknown-category-file')).toEqual([
      {
        file: `${FIXTURES}/unknown-category-file/misc.yaml`,
        line: 1,
        reason: expect.stringMatching(/^unknown category "misc" in the file name \(expected one of core, /),
      },
      {
        file: `${FIXTURES}/unknown-category-file/misc.yaml`,
        line: 1,
        reason: expect.stringMatching(/^unknown category "misc" \(expected one of core, institution, /),
      },
    ]);
  });

  it('a category: that is unknown or does not match the file name', () => {
    expect(errorsOf('unknown-category-field')).toEqual([
      {
        file: `${FIXTURES}/unknown-category-field/core.yaml`,
        line: 1,
        reason: expect.stringMatching(/^unknown category "slogans"/),
      },
      {
        file: `${FIXTURES}/unknown-category-field/idiom.yaml`,
        line: 1,
        reason: 'category "core" does not match the file name idiom.yaml',
      },
    ]);
  });

  it('an unknown key, with a hint for a typo', () => {
    expect(errorsOf('unknown-key')).toEqual([
      {
        file: `${FIXTURES}/unknown-key/core.yaml`,
        line: 5,
        reason: 'unknown key "varaints" (did you mean "variants"?)',
      },
    ]);
  });

  it('a bad id', () => {
    expect(errorsOf('bad-id')).toEqual([
      {
        file: `${FIXTURES}/bad-id/core.yaml`,
        line: 3,
        reason: 'bad id "Si_Ge_Yishi" (expected lower-case ascii words joined by -)',
      },
    ]);
  });

  it('a headword or variant claimed twice across files, naming both places, and a duplicate id', () => {
    expect(errorsOf('claimed-twice')).toEqual([
      {
        file: `${FIXTURES}/claimed-twice/organ.yaml`,
        line: 4,
        reason: `“两个坚决维护” is claimed twice: as a variant of liang-ge-weihu (${FIXTURES}/claimed-twice/core.yaml:5) and as the headword of liang-ge-jianjue-weihu (${FIXTURES}/claimed-twice/organ.yaml:4)`,
      },
      {
        file: `${FIXTURES}/claimed-twice/organ.yaml`,
        line: 7,
        reason: `id "liang-ge-weihu" is already used at ${FIXTURES}/claimed-twice/core.yaml:3`,
      },
    ]);
  });

  it('a part count that does not match the numerals or count:', () => {
    expect(errorsOf('part-count')).toEqual([
      {
        file: `${FIXTURES}/part-count/core.yaml`,
        line: 7,
        reason: '“四个意识” lists 3 parts but its numerals imply 4',
      },
      {
        file: `${FIXTURES}/part-count/core.yaml`,
        line: 17,
        reason: '“一岗双责” lists 2 parts but count says 3',
      },
    ]);
  });

  it('an unknown related id', () => {
    expect(errorsOf('unknown-related')).toEqual([
      {
        file: `${FIXTURES}/unknown-related/core.yaml`,
        line: 8,
        reason: 'related id "si-ge-zixin" is not an entry',
      },
    ]);
  });

  it('a bad date', () => {
    expect(errorsOf('bad-date')).toEqual([
      {
        file: `${FIXTURES}/bad-date/core.yaml`,
        line: 7,
        reason: 'bad date "2016-02-30" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        file: `${FIXTURES}/bad-date/core.yaml`,
        line: 12,
        reason: 'bad date "29 January 2016" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      },
    ]);
  });

  it('a blocked phrase that is twice listed, an entry itself, blocks nothing or lacks a reason', () => {
    const file = `${FIXTURES}/bad-blocked/excluded.yaml`;
    expect(errorsOf('bad-blocked')).toEqual([
      { file, line: 5, reason: `“第一责任人” is blocked twice (first at ${file}:3)` },
      {
        file,
        line: 7,
        reason: `“四力” is blocked but is also the headword of si-li (${FIXTURES}/bad-blocked/core.yaml:8)`,
      },
      {
        file,
        line: 9,
        reason: '“第一书记” is blocked but contains no headword or variant, so it blocks nothing',
      },
      { file, line: 11, reason: 'missing required field "reason"' },
    ]);
  });

  it('reports every problem at once, across files', () => {
    const file = `${FIXTURES}/many-errors/core.yaml`;
    const excluded = `${FIXTURES}/many-errors/excluded.yaml`;
    expect(errorsOf('many-errors')).toEqual([
      { file, line: 7, reason: '“四个意识” lists 1 parts but its numerals imply 4' },
      { file, line: 8, reason: expect.stringMatching(/^bad id "BAD"/) },
      {
        file,
        line: 13,
        reason: expect.stringMatching(/^“四个意识” is claimed twice: as the headword of si-ge-yishi/),
      },
      { file, line: 16, reason: 'related id "nowhere" is not an entry' },
      { file: excluded, line: 4, reason: `“七一” is excluded twice (first at ${excluded}:2)` },
      {
        file: excluded,
        line: 6,
        reason: `“四个意识” is excluded but is also the headword of si-ge-yishi (${file}:4)`,
      },
      { file: excluded, line: 8, reason: 'missing required field "reason"' },
    ]);
  });
});

describe('readTermSheets (pure)', () => {
  it('formats each error as file:line: reason and throws them all together', () => {
    const { errors } = readTermSheets([{ file: 'sheet/core.yaml', text: 'category: core\nterms: {}\n' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(TermSheetError);
    expect(errors[0]?.message).toBe('sheet/core.yaml:2: terms must be a list');
    const thrown = new TermSheetValidationError(errors);
    expect(thrown.message).toContain('sheet/core.yaml:2: terms must be a list');
  });

  it('reports an empty file', () => {
    const { errors } = readTermSheets([{ file: 'core.yaml', text: '' }]);
    expect(errors.map((error) => error.message)).toEqual([
      'core.yaml:1: missing required field "category"',
      'core.yaml:1: missing required field "terms"',
    ]);
  });

  it('does not blame references to entries of a file that is itself broken', () => {
    const entry = (id: string, extra = '') =>
      `  - { id: ${id}, term: 词${id.length}, en: x, gloss: { zh: 释义。, en: A gloss. }${extra} }`;
    const { errors } = readTermSheets([
      {
        file: 'organ.yaml',
        text: ['category: organ', 'terms:', entry('zhengzhi-jiguan'), '    bad: : :'].join('\n'),
      },
      {
        file: 'core.yaml',
        text: ['category: core', 'terms:', entry('a', ', related: [zhengzhi-jiguan]')].join('\n'),
      },
    ]);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.file).toBe('organ.yaml');
      expect(error.reason).toMatch(/^invalid YAML: /);
    }
    expect(new Set(errors.map((error) => error.message)).size).toBe(errors.length);
  });

  it('treats an omitted inCorpus as true and keeps false', () => {
    const text = [
      'category: idiom',
      'terms:',
      '  - { id: a, term: 牛鼻子, en: the ox’s nose, gloss: { zh: 关键。, en: The crux. } }',
      '  - { id: b, term: 指挥棒, en: baton, gloss: { zh: 导向。, en: A guide. }, inCorpus: false }',
    ].join('\n');
    const { terms, errors } = readTermSheets([{ file: 'idiom.yaml', text }]);
    expect(errors).toEqual([]);
    expect(terms.map((term) => [term.id, term.inCorpus, term.source.line])).toEqual([
      ['a', true, 3],
      ['b', false, 4],
    ]);
  });
});
