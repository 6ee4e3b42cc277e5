import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export type YamlPath = readonly (string | number)[];

/**
 * A parsed YAML file that remembers where each value came from, so that every complaint about the
 * term sheet can name a line. The `yaml` package keeps node ranges; LineCounter turns offsets
 * into 1-based lines.
 */
export class YamlSource {
  /** The content, when the YAML is valid. */
  readonly value: unknown;
  /** What the parser recovered from invalid YAML: good enough to learn ids, not to trust. */
  readonly partialValue: unknown;
  /** YAML syntax errors, already located. */
  readonly syntaxErrors: { line: number; reason: string }[];
  private readonly doc;
  private readonly lineCounter = new LineCounter();
  private readonly lastLine: number;

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: true });
    this.lastLine = Math.max(1, text.replace(/\n+$/, '').split('\n').length);
    this.syntaxErrors = this.doc.errors.map((error) => ({
      line: this.clamp(error.linePos?.[0].line ?? this.lineAt(error.pos[0])),
      // prettyErrors appends " at line N, column M:" and a code excerpt; the line is reported separately.
      reason: `invalid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    this.value = this.doc.errors.length === 0 ? this.doc.toJS() : undefined;
    if (this.doc.errors.length > 0) {
      try {
        this.partialValue = this.doc.toJS();
      } catch {
        // Too broken to read at all.
      }
    }
  }

  /**
   * The line of the value at `path`, or of its key when `key` is set. When the path does not exist
   * (a missing field), the line of the deepest map or list that does exist.
   */
  lineOf(path: YamlPath, options: { key?: boolean } = {}): number {
    let node: Node | null | undefined = this.doc.contents;
    let line = node?.range ? this.lineAt(node.range[0]) : 1;
    for (const [depth, step] of path.entries()) {
      const last = depth === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
        if (!pair) break;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        // `term:` with nothing after it has no useful value range: point at the key.
        node = (last && options.key) || !valueNode?.range ? keyNode : valueNode;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step] as Node | undefined;
      } else {
        break;
      }
      if (!node?.range) break;
      line = this.lineAt(node.range[0]);
    }
    return line;
  }

  private lineAt(offset: number): number {
    return this.clamp(this.lineCounter.linePos(offset).line);
  }

  // An unterminated construct is reported at the end of the input; keep that on a real line.
  private clamp(line: number): number {
    return Math.min(Math.max(1, line), this.lastLine);
  }
}
