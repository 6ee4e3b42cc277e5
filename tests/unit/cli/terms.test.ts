import { describe, expect, it } from 'vitest';
import { runTifa } from './run-tifa';

interface JsonEntry {
  id: string;
  term: string;
  variants: string[];
  category: string;
  pinyin: string;
  en: string;
  gloss: { zh: string; en: string };
  parts: string[];
  related: string[];
  citations: {
    speech: string;
    title: string;
    issuer: string;
    sentence: string;
    start: number;
    end: number;
  }[];
}

describe('tifa terms', () => {
  it('--json prints the bundled dictionary as one array of entries with located citations', () => {
    const { status, stdout, stderr } = runTifa(['terms', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining([
          'id',
          'term',
          'variants',
          'category',
          'pinyin',
          'en',
          'gloss',
          'parts',
          'related',
        ]),
      );
      expect(entry.gloss).toEqual({ zh: expect.any(String), en: expect.any(String) });
      expect(entry.pinyin).not.toBe('');
      for (const citation of entry.citations) {
        expect(citation).toMatchObject({
          speech: expect.any(String),
          title: expect.any(String),
          issuer: expect.any(String),
          sentence: expect.any(String),
        });
        expect([entry.term, ...entry.variants]).toContain(
          citation.sentence.slice(citation.start, citation.end),
        );
      }
    }
    expect(entries.some((entry) => entry.citations.length > 0)).toBe(true);
  });

  it('prints a readable table with a citation count per entry', () => {
    const { status, stdout } = runTifa(['terms'], {
      env: { TIFA_LEXICON_DIR: 'tests/fixtures/lexicon/good' },
    });
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+term\s+category\s+pinyin\s+en\s+citations$/);
    expect(lines.find((line) => line.startsWith('si-ge-yishi '))).toMatch(
      /^si-ge-yishi\s+四个意识\s+core\s+sì gè yìshi\s+the Four Consciousnesses\s+3$/,
    );
    expect(lines.find((line) => line.startsWith('si-ge-quanmian '))).toMatch(/\s0$/);
    expect(stdout).toContain('6 entries, 5 with citations.');
  });

  it('fails with file:line: reason on a bad term sheet', () => {
    const { status, stdout, stderr } = runTifa(['terms', '--json'], {
      env: { TIFA_LEXICON_DIR: 'tests/fixtures/lexicon/bad-id' },
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('tests/fixtures/lexicon/bad-id/core.yaml:3: bad id "Si_Ge_Yishi"');
  });
});
