/**
 * Follows a page that changes: turns MutationObserver records into walk jobs (collect this owner's
 * own text again, or walk this new subtree), batched so that a page re-rendering every 100 ms costs
 * one small batch per interval. The batch timer is not pushed back by further changes, so a page
 * that never stops changing is still followed (a debounce would wait forever). Highlights do not
 * touch the DOM, so our own work never feeds the observer.
 */
import {
  elementOf,
  isBlockBoundary,
  isHidden,
  isOwnUi,
  isSkipped,
  MEANINGFUL,
  ownerOf,
} from './collect-blocks';

export interface WalkJob {
  root: Node;
  /** Walk block-level descendants too (a new subtree), or only the owner's own text. */
  deep: boolean;
}

export interface MutationFollowerOptions {
  /** Called once per batch. `removed`: some text left the page, so prune what it held. */
  onJobs(jobs: WalkJob[], removed: boolean): void;
  /** How long changes gather before a batch is handed over. */
  delayMs?: number;
}

/** Attributes that can show an element we skipped as hidden (a tab, a <details>, a "more" button). */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export class MutationFollower {
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Node>();
  private readonly hidden = new Set<Element>();
  private shallow = new Set<Node>();
  private deep = new Set<Node>();
  private attributeTargets = new Set<Node>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;

  constructor(private readonly options: MutationFollowerOptions) {
    this.delayMs = options.delayMs ?? 100;
    this.observer = new MutationObserver((records) => this.take(records));
  }

  /** Follow a document or an open shadow root (observers do not see into shadow roots). */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: SHOWING_ATTRIBUTES,
    });
  }

  /** Remember an element skipped as hidden, to collect it if it is shown later. */
  noteHidden(element: Element): void {
    this.hidden.add(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
    this.hidden.clear();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.reset();
  }

  private take(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (this.hidden.size > 0) this.attributeTargets.add(target);
        continue;
      }
      if (ignored(target)) continue;
      if (record.type === 'characterData') {
        this.shallow.add(ownerOf(target));
        continue;
      }
      let inlineChanged = false;
      let inlineElementAdded = false;
      let blockChanged = false;
      for (const node of record.addedNodes) {
        if (node.nodeType === 3) {
          if (MEANINGFUL.test((node as Text).data)) inlineChanged = true;
        } else if (node.nodeType === 1 && !isOwnUi(node)) {
          if (isBlockBoundary(node as Element)) {
            this.deep.add(node);
            blockChanged = true;
          } else {
            inlineElementAdded = true;
          }
        }
      }
      for (const node of record.removedNodes) {
        this.removed = true;
        if (node.nodeType === 3) {
          if (MEANINGFUL.test((node as Text).data)) inlineChanged = true;
        } else if (node.nodeType === 1 && !isOwnUi(node)) {
          if (isBlockBoundary(node as Element)) blockChanged = true;
          else inlineChanged = true;
        }
      }
      // A block added or removed between two runs of text splits or joins them.
      if (blockChanged && (flowsInline(record.previousSibling) || flowsInline(record.nextSibling))) {
        inlineChanged = true;
      }
      // An inline element may hold blocks of its own (<a><div>…</div></a>): walk the owner deeply.
      if (inlineElementAdded) this.deep.add(ownerOf(target));
      else if (inlineChanged) this.shallow.add(ownerOf(target));
    }
    if (this.pending() && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.delayMs);
    }
  }

  private pending(): boolean {
    return this.shallow.size > 0 || this.deep.size > 0 || this.attributeTargets.size > 0 || this.removed;
  }

  private flush(): void {
    this.timer = undefined;
    const deep = new Set<Node>();
    for (const root of this.deep) if (this.collectable(root)) deep.add(root);
    for (const element of this.shownElements()) deep.add(element);
    const jobs: WalkJob[] = [];
    for (const root of deep) {
      if (!insideAny(root, deep)) jobs.push({ root, deep: true });
    }
    for (const root of this.shallow) {
      if (!deep.has(root) && !insideAny(root, deep) && this.collectable(root))
        jobs.push({ root, deep: false });
    }
    const removed = this.removed;
    this.reset();
    if (jobs.length > 0 || removed) this.options.onJobs(jobs, removed);
  }

  private reset(): void {
    this.shallow = new Set();
    this.deep = new Set();
    this.attributeTargets = new Set();
    this.removed = false;
  }

  /** Hidden elements that an attribute change (on them or an ancestor) has shown. */
  private shownElements(): Node[] {
    const shown: Node[] = [];
    if (this.attributeTargets.size === 0) return shown;
    for (const element of [...this.hidden]) {
      if (!element.isConnected) {
        this.hidden.delete(element);
        continue;
      }
      if (!withAncestors(element).some((node) => this.attributeTargets.has(node))) continue;
      if (isHidden(element)) continue;
      this.hidden.delete(element);
      // An inline element's text belongs to its owner's blocks.
      shown.push(isBlockBoundary(element) ? element : ownerOf(element));
    }
    return shown;
  }

  /** Connected, visible, and not inside anything we skip (form fields, editors, our own UI). */
  private collectable(root: Node): boolean {
    if (!root.isConnected) return false;
    for (const node of withAncestors(root)) {
      if (node.nodeType === 1 && isSkipped(node as Element)) return false;
    }
    if (root.nodeType === 1 && isHidden(root as Element)) {
      this.noteHidden(root as Element);
      return false;
    }
    return true;
  }
}

/** Changes in places that never hold page text: skip them before they cost a batch. */
function ignored(target: Node): boolean {
  const element = elementOf(target);
  if (!element) return false;
  return isSkipped(element) || isOwnUi(element);
}

function flowsInline(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return MEANINGFUL.test((node as Text).data);
  return node.nodeType === 1 && !isBlockBoundary(node as Element);
}

/** The node and its ancestors, crossing shadow roots to their hosts. */
function withAncestors(node: Node): Node[] {
  const chain: Node[] = [];
  let current: Node | null = node;
  while (current) {
    chain.push(current);
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return chain;
}

function insideAny(node: Node, roots: Set<Node>): boolean {
  const chain = withAncestors(node);
  for (let i = 1; i < chain.length; i++) if (roots.has(chain[i])) return true;
  return false;
}
