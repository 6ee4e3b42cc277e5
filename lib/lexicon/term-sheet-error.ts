/** One problem in the term sheet, located so a curator can jump to it: `file:line: reason`. */
export class TermSheetError extends Error {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly reason: string;

  constructor({ file, line, reason }: { file: string; line: number; reason: string }) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'TermSheetError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Thrown when the term sheet has problems; lists every one of them, not just the first. */
export class TermSheetValidationError extends Error {
  readonly errors: readonly TermSheetError[];

  constructor(errors: readonly TermSheetError[]) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`The term sheet has ${count}:\n${errors.map((error) => `  ${error.message}`).join('\n')}`);
    this.name = 'TermSheetValidationError';
    this.errors = errors;
  }
}
