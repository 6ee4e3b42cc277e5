/**
 * Text collection: turns a DOM (sub)tree into text blocks, the unit the matcher scans.
 *
 * A block is the text of consecutive text nodes inside one block-level container, so a term that
 * spans inline elements (四个<b>意识</b>) is one string, while text in two paragraphs never joins
 * (两个 | 维护). Block-ness is decided from the tag name, not from computed style: asking the
 * browser for `display` of every element would cost a style lookup per node, and the inline tags
 * of HTML are a closed set. Unknown and custom elements count as blocks (no matches across them).
 */

/** The card's shadow host (the custom element the card controller creates): never our own input. */
export const OWN_UI_TAG = 'tifa-lens-card';

/** Text that shows something: not only whitespace, zero-width characters or soft hyphens. */
export const MEANINGFUL = /[^\s\u200b-\u200d\u2060\ufeff\u00ad]/;

/** Elements whose text flows with the text around them. `br` is inline but breaks the line: a boundary. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * Elements whose text is not page text: code and data (script, style, template), form fields the
 * user types into, embedded content that renders itself (each frame's own content script scans it),
 * ruby annotations (四<rt>sì</rt>个 must read 四个), and the document head.
 */
const SKIPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'datalist',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'rt',
  'rp',
  OWN_UI_TAG,
]);

/** The text of one block and where each of its characters lives in the DOM. */
export interface TextBlock {
  /**
   * The nearest block-level container of the text (or the shadow root / document itself): the
   * unit that is collected again when the page changes. An owner can hold several blocks
   * (`<div>a<p>b</p>c</div>` gives the div the blocks "a" and "c").
   */
  owner: Node;
  /** The text nodes, in document order. */
  nodes: Text[];
  /** starts[i] is the offset in `text` of the first character of nodes[i]. */
  starts: number[];
  text: string;
}

export interface WalkOptions {
  /** Walk into block-level descendants (a whole subtree) or stop at them (one owner's own text). */
  deep: boolean;
  /** Called for each element skipped because it is hidden, so it can be rechecked when it changes. */
  onHidden?: (element: Element) => void;
  /** Called for each open shadow root walked into, so it can be observed. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Called when the page removed the node the walk had reached (between two slices): the walk
   * starts again from the root, and blocks already yielded come again.
   */
  onRestart?: () => void;
}

type Kind = 'inline' | 'block' | 'skip';

/** Whether an element's subtree is never page text for us (whatever its visibility). */
export function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || (element.hasAttributes() && isEditable(element));
}

function isEditable(element: Element): boolean {
  // The attribute, not `isContentEditable`: the property makes the browser compute style first.
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

// One options object for every call: the bindings convert it on each call either way.
const VISIBILITY_PROPERTY = { visibilityProperty: true };

/**
 * Hidden: display none (itself or an ancestor), visibility hidden, the `hidden` attribute.
 * aria-hidden is not hiding: it hides decoration from screen readers, and the text stays on screen.
 */
export function isHidden(element: Element): boolean {
  if (element.hasAttributes() && element.hasAttribute('hidden')) return true;
  const html = element as HTMLElement;
  if (typeof html.checkVisibility !== 'function') return false;
  if (html.checkVisibility(VISIBILITY_PROPERTY)) return false;
  // checkVisibility() is false for `display: contents` (no box of its own), yet its children render.
  return getComputedStyle(element).display !== 'contents';
}

/**
 * Called for every element of the page, so it asks the browser as little as it can: elements
 * with no attributes at all (bare <b>, <em>, <span>) inherit their parent's visibility in all but
 * contrived style sheets, so only elements with attributes pay for a visibility check.
 */
function classify(element: Element, options: WalkOptions): Kind {
  const tag = element.localName;
  if (SKIPPED_TAGS.has(tag)) return 'skip';
  const attributed = element.hasAttributes();
  if (attributed && isEditable(element)) return 'skip';
  const inline = INLINE_TAGS.has(tag) && !element.shadowRoot;
  if ((!inline || attributed) && isHidden(element)) {
    options.onHidden?.(element);
    return 'skip';
  }
  return inline ? 'inline' : 'block';
}

/** Whether an element breaks text into separate blocks (exported for the mutation follower). */
export function isBlockBoundary(element: Element): boolean {
  return !INLINE_TAGS.has(element.localName) || element.shadowRoot !== null;
}

/** The node itself if it is an element, else its parent element. */
export function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Whether a node should be ignored entirely (our own UI, or inside it). */
export function isOwnUi(node: Node): boolean {
  return elementOf(node)?.closest(OWN_UI_TAG) != null;
}

/** The element that stands for a block's place on screen: its owner, or the owner's shadow host. */
export function anchorOf(block: TextBlock): Element | undefined {
  const { owner } = block;
  if (owner.nodeType === 1) return owner as Element;
  if (owner.nodeType === 11) return (owner as ShadowRoot).host ?? undefined;
  return block.nodes[0].parentElement ?? undefined;
}

/** The nearest block-level container of a node (see TextBlock.owner). */
export function ownerOf(node: Node): Node {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1 && !isBlockBoundary(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

class Run {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  meaningful = false;

  constructor(readonly owner: Node) {}

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    if (!this.meaningful && MEANINGFUL.test(data)) this.meaningful = true;
  }

  take(): TextBlock | undefined {
    if (!this.meaningful) {
      this.reset();
      return undefined;
    }
    const block: TextBlock = {
      owner: this.owner,
      nodes: this.nodes,
      starts: this.starts,
      text: this.parts.length === 1 ? this.parts[0] : this.parts.join(''),
    };
    this.nodes = [];
    this.starts = [];
    this.reset();
    return block;
  }

  private reset(): void {
    this.nodes.length = 0;
    this.starts.length = 0;
    this.parts = [];
    this.length = 0;
    this.meaningful = false;
  }
}

/**
 * The text blocks of `root` in document order, lazily, so a caller can stop after any block and
 * resume in a later task (a million-character page is collected in slices).
 *
 * `root` itself is taken as visible and as a block owner; the caller checks it if it must. Open
 * shadow roots are walked where their host stands (in deep mode); light-DOM children of a host
 * follow, and are skipped as hidden unless slotted.
 */
export function* walkBlocks(root: Node, options: WalkOptions): Generator<TextBlock, void, undefined> {
  // Owners entered and not yet left; the innermost is last.
  const owners: { element: Node; run: Run }[] = [];
  let run = new Run(root);
  let node: Node | null = root.firstChild;
  // Set after each yield: the page may have changed while the caller held the walk.
  let resumed = false;
  const restart = () => {
    options.onRestart?.();
    owners.length = 0;
    run = new Run(root);
    node = root.firstChild;
  };
  while (node) {
    if (resumed) {
      resumed = false;
      if (!node.isConnected && root.isConnected) {
        restart();
        continue;
      }
    }
    let descend = false;
    if (node.nodeType === 3) {
      run.add(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const kind = element.localName === 'br' ? 'break' : classify(element, options);
      if (kind === 'inline') {
        descend = true;
      } else if (kind === 'break') {
        const block = run.take();
        if (block) {
          yield block;
          resumed = true;
        }
      } else if (kind === 'block') {
        if (options.deep) {
          const block = run.take();
          if (block) {
            yield block;
            resumed = true;
          }
          const shadow = element.shadowRoot;
          if (shadow) {
            options.onShadowRoot?.(shadow);
            yield* walkBlocks(shadow, options);
            resumed = true;
          }
          owners.push({ element, run });
          run = new Run(element);
          descend = true;
        } else {
          // Shallow: the descendant block is another owner's business, but it still splits the text.
          const block = run.take();
          if (block) {
            yield block;
            resumed = true;
          }
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave this node, and its ancestors until one has a next sibling, closing the owners left.
    let leaving: Node | null = node;
    node = null;
    while (leaving && leaving !== root) {
      const top = owners[owners.length - 1];
      if (top && top.element === leaving) {
        const block = run.take();
        owners.pop();
        run = top.run;
        if (block) {
          yield block;
          resumed = true;
        }
      }
      if (leaving.nextSibling) {
        node = leaving.nextSibling;
        break;
      }
      leaving = leaving.parentNode;
    }
    // Climbed off the top of a subtree the page removed while we were away: start again.
    if (leaving === null && root.isConnected) restart();
  }
  const last = run.take();
  if (last) yield last;
}

/** Everything at once (tests, small subtrees). */
export function collectBlocks(root: Node, options: WalkOptions = { deep: true }): TextBlock[] {
  return [...walkBlocks(root, options)];
}
