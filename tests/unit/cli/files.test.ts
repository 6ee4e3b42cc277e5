import { cac } from 'cac';
import { describe, expect, it } from 'vitest';
import { fileArguments, protectStdinArgument, readErrorReason } from '../../../cli/files';

/** The files a subcommand with a value option sees, parsed by cac as cli/tifa.ts parses. */
function filesOf(args: string[]): string[] {
  let files: string[] = [];
  const cli = cac('tifa');
  cli
    .command('scan [...files]')
    .option('--json', '')
    .option('--limit <n>', '')
    .action((positional: string[], options: { '--'?: string[] }) => {
      files = fileArguments(positional, options);
    });
  cli.parse(protectStdinArgument(['node', 'tifa.ts', 'scan', ...args]));
  return files;
}

describe('file arguments', () => {
  it('keeps - and the file after it (which cac alone would swallow)', () => {
    expect(filesOf(['--json', 'a.txt', '-', 'b.html'])).toEqual(['a.txt', '-', 'b.html']);
    expect(filesOf(['-', '--limit', '5', 'c.txt'])).toEqual(['-', 'c.txt']);
  });

  it('takes everything after -- as a file', () => {
    expect(filesOf(['a.txt', '--', '--odd-name'])).toEqual(['a.txt', '--odd-name']);
  });

  it('says in words why a file cannot be read', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(readErrorReason(error('ENOENT'))).toBe('no such file');
    expect(readErrorReason(error('EISDIR'))).toBe('it is a directory');
    expect(readErrorReason(error('EACCES'))).toBe('permission denied');
    expect(readErrorReason(new Error('speech x: the file is empty'))).toBe('speech x: the file is empty');
  });
});
