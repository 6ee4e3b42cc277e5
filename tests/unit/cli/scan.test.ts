import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTable, runScan, type ScanDictionary, type ScanRecord } from '../../../cli/commands/scan';
import type { CategoryId } from '../../../lib/categories';
import { compile } from '../../../lib/matcher';
import { buildFoldTable } from '../../../lib/matcher/fold-table';
import { runTifa } from './run-tifa';

/** A small dictionary, so that these tests do not depend on the curated term sheet. */
const ENTRIES: { id: string; term: string; category: CategoryId; forms: string[] }[] = [
  { id: 'si-ge-yishi', term: '四个意识', category: 'core', forms: ['四个意识'] },
  { id: 'si-ge-zixin', term: '四个自信', category: 'core', forms: ['四个自信'] },
  { id: 'liang-ge-weihu', term: '两个维护', category: 'core', forms: ['两个维护', '两个坚决维护'] },
  { id: 'liang-ge-queli', term: '两个确立', category: 'core', forms: ['两个确立'] },
  {
    id: 'baxiang-guiding',
    term: '中央八项规定',
    category: 'discipline',
    forms: ['中央八项规定', '八项规定'],
  },
];
const patterns = ENTRIES.flatMap((e) => e.forms);
const patternEntries = ENTRIES.flatMap((e, i) => e.forms.map(() => i));
const dictionary: ScanDictionary = {
  automaton: compile(patterns, { fold: buildFoldTable(patterns) }),
  entryOf: (pattern) => ENTRIES[patternEntries[pattern]],
};

async function run(files: string[], json: boolean, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runScan({
    files,
    json,
    dictionary,
    io: {
      readFile: (path) => readFileSync(path),
      readStdin: async () => new TextEncoder().encode(stdin),
      stdout: (chunk) => {
        stdout += chunk;
      },
      stderr: (chunk) => {
        stderr += chunk;
      },
    },
  });
  const records = json
    ? stdout
        .trim()
        .split('\n')
        .filter((l) => l)
        .map((l) => JSON.parse(l) as ScanRecord)
    : [];
  return { code, stdout, stderr, records };
}

describe('runScan --json', () => {
  it('prints one object per match with offsets into the text', async () => {
    const { code, records, stderr } = await run(['tests/fixtures/cli/plain.txt'], true);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const text = readFileSync('tests/fixtures/cli/plain.txt', 'utf8');
    expect(records.map((r) => r.term)).toEqual(['四个意识', '四个自信', '两个维护', '两个确立']);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(['file', 'start', 'end', 'text', 'id', 'term', 'category']);
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.file).toBe('tests/fixtures/cli/plain.txt');
    }
    expect(records[0].text).toBe('四个\n意识');
    expect(records[3].text).toBe('兩個確立');
  });

  it('scans the visible text of HTML, block by block', async () => {
    const { records } = await run(['tests/fixtures/cli/page.html'], true);
    expect(records.map((r) => [r.text, r.term])).toEqual([
      ['四个意识', '四个意识'],
      ['四个意识', '四个意识'],
      ['四个\u200b自信', '四个自信'],
      ['中央八项规定', '中央八项规定'],
    ]);
  });

  it('decodes GBK and GB18030 files', async () => {
    const { records } = await run(['tests/fixtures/cli/gbk.txt', 'tests/fixtures/cli/gb18030.txt'], true);
    expect(records.map((r) => `${r.file.split('/').pop()}:${r.term}`)).toEqual([
      'gbk.txt:两个确立',
      'gbk.txt:四个意识',
      'gb18030.txt:四个意识',
      'gb18030.txt:两个维护',
    ]);
    // Offsets are into the decoded text (UTF-16 units), not into the bytes.
    expect(records[1].start).toBe(9);
  });

  it('reads standard input for -', async () => {
    const { records } = await run(['-'], true, '做到两个坚决维护');
    expect(records).toEqual([
      {
        file: '<stdin>',
        start: 2,
        end: 8,
        text: '两个坚决维护',
        id: 'liang-ge-weihu',
        term: '两个维护',
        category: 'core',
      },
    ]);
  });

  it('reports an unreadable file on stderr, scans the others and fails', async () => {
    const { code, stderr, records } = await run(
      ['tests/fixtures/cli/missing.txt', 'tests/fixtures/cli', 'tests/fixtures/cli/plain.txt'],
      true,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read tests/fixtures/cli/missing.txt: no such file');
    expect(stderr).toContain('cannot read tests/fixtures/cli: it is a directory');
    expect(records).toHaveLength(4);
  });
});

describe('the table', () => {
  it('lists terms with category and count, most frequent first', async () => {
    const { stdout } = await run(['-'], false, '两个维护，两个坚决维护，四个意识，八项规定，两个维护');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('<stdin>: 5 matches of 3 terms');
    expect(lines[2]).toMatch(/^\s+3 {2}两个维护\s+core 核心政治提法$/);
    // Ties (one each) follow in collation order, whichever that is here.
    expect(
      lines
        .slice(3)
        .map((l) => l.trim().split(/\s+/)[1])
        .sort(),
    ).toEqual(['中央八项规定', '四个意识'].sort());
  });

  it('says when a file has no terms', () => {
    expect(formatTable('empty.txt', [])).toBe('empty.txt: 0 matches of 0 terms\n');
  });

  it('counts in the singular for one', async () => {
    const { stdout } = await run(['-'], false, '四个意识');
    expect(stdout.split('\n')[0]).toBe('<stdin>: 1 match of 1 term');
  });
});

describe('tifa scan (the command, with the bundled dictionary)', () => {
  it('scans standard input and the files after -, and exits 1 when a file is missing', () => {
    const result = runTifa(['scan', '--json', '-', 'tests/fixtures/cli/gbk.txt', 'no-such-file.txt'], {
      input: '落实中央八项规定精神',
    });
    expect(result.stderr).toContain('tifa scan: cannot read no-such-file.txt: no such file');
    expect(result.status).toBe(1);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ScanRecord);
    expect(records.map((r) => [r.file, r.text])).toEqual([
      ['<stdin>', expect.stringMatching(/^中央八项规定/)],
      ['tests/fixtures/cli/gbk.txt', '两个确立'],
      ['tests/fixtures/cli/gbk.txt', '四个意识'],
    ]);
  }, 60_000);
});
