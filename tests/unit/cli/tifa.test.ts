import { describe, expect, it } from 'vitest';
import { runTifa } from './run-tifa';

describe('tifa', () => {
  it('names an unknown command, shows the usage and fails', () => {
    const { status, stdout, stderr } = runTifa(['sacn', 'a.txt']);
    expect(stderr).toBe('tifa: unknown command sacn\n');
    expect(stdout).toContain('Usage:');
    expect(status).toBe(2);
  }, 60_000);

  it('shows the usage when no command is given', () => {
    const { status, stdout } = runTifa([]);
    expect(stdout).toMatch(/candidates \[\.\.\.files\][\s\S]*scan \[\.\.\.files\][\s\S]*terms/);
    expect(status).toBe(0);
  }, 60_000);
});
