// The FILE… arguments of the subcommands: `-` for standard input, and why a file cannot be read.

/**
 * cac (through mri) reads a lone `-` as an empty flag and swallows the argument after it, so
 * tifa.ts swaps it for this marker before parsing; fileArguments swaps it back. A NUL character
 * cannot occur in a real file name.
 */
const STDIN_MARKER = '\0-';

/** The arguments to hand to cac: every lone `-` replaced by the marker. */
export function protectStdinArgument(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg === '-' ? STDIN_MARKER : arg));
}

/** The files as the user typed them (`-` for standard input), those after `--` included. */
export function fileArguments(files: readonly string[], options: { '--'?: readonly string[] }): string[] {
  return [...files, ...(options['--'] ?? [])].map((file) => (file === STDIN_MARKER ? '-' : file));
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Why a file could not be read, in words (Node's own messages name the syscall). */
export function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
