import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/lexicon/candidates';
import { runTifa } from './run-tifa';

function candidates(args: string[], input = '') {
  const { status, stdout, stderr } = runTifa(['candidates', '--json', ...args], { input });
  return { status, stderr, found: stdout ? (JSON.parse(stdout) as Candidate[]) : [] };
}

describe('tifa candidates FILE…', () => {
  it('reads each file as one speech (title on its first line, GBK decoded) and - as standard input', () => {
    const { status, stderr, found } = candidates(
      ['-', 'tests/fixtures/cli/speech-gbk.txt'],
      '标题里的“七个一”\n落实“五个必须”，增强“四个意识”。',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(found.map((c) => [c.phrase, c.kind, c.count, c.speech])).toEqual([
      ['三项行动', 'numbered', 2, 'speech-gbk'],
      ['五个必须', 'numbered', 1, 'stdin'],
      ['七个一', 'quoted', 1, 'stdin'],
      ['六个一', 'quoted', 1, 'speech-gbk'],
    ]);
  }, 60_000);

  it('reports a file it cannot read, keeps the others and exits 1', () => {
    const { status, stderr, found } = candidates(['no-such-file.txt', 'tests/fixtures/cli/speech-gbk.txt']);
    expect(stderr).toContain('tifa candidates: cannot read no-such-file.txt: no such file');
    expect(status).toBe(1);
    expect(found.map((c) => c.phrase)).toContain('三项行动');
  }, 60_000);
});
