/**
 * What the page (this frame) holds: every match found, by block, with its highlight range, and the
 * queries the card and keyboard navigation need (matchAt, ordered, countOf, summary).
 *
 * Invariant: a text node belongs to at most one recorded block. A block collected again replaces
 * every record that shares one of its text nodes, so the first pass and the mutation follower can
 * meet on the same text without counting it twice.
 *
 * Every match is recorded, but only those near the viewport are in the highlights (see
 * viewport-tracker.ts); their Ranges are made when they come near and dropped when they leave, so
 * the page never carries more than a few hundred live Ranges of ours.
 */
import { CATEGORY_IDS, type CategoryId } from '../categories';
import type { DictionaryEntry } from '../dictionary-types';
import type { PageSummary } from '../messages';
import { compareTerms, emptyCounts } from '../page-summary';
import { liveRangeFor } from './block-ranges';
import { anchorOf, type TextBlock } from './collect-blocks';
import { compareComposed } from './document-order';
import type { HighlightRegistry } from './highlight-registry';
import type { ViewportTracker } from './viewport-tracker';

export interface PageMatch {
  range: Range;
  entry: DictionaryEntry;
}

export interface PageMatchIndex {
  /** The match (in an active category) whose range contains this text position. */
  matchAt(node: Node, offset: number): PageMatch | undefined;
  /** Active matches in document order (for next/previous navigation). */
  ordered(): PageMatch[];
  /** How many active matches of this entry the page (this frame) holds. */
  countOf(entryId: string): number;
  summary(): PageSummary;
  onChange(listener: () => void): () => void;
}

/** A match as the matcher reports it for a block's text, with its entry resolved. */
export interface ScannedMatch {
  start: number;
  end: number;
  entry: DictionaryEntry;
}

/**
 * A recorded block: the scanner's matches as they came (no object of ours per match: a million-
 * character page has tens of thousands), the Ranges of those shown, and PageMatch views made only
 * when someone asks (hover, navigation).
 */
interface BlockRecord {
  block: TextBlock;
  matches: ScannedMatch[];
  alive: boolean;
  /** The element whose nearness to the viewport decides whether the matches are highlighted. */
  anchor?: Element;
  /** One live Range per match while the block is near the viewport (what the highlights hold). */
  ranges?: Range[];
  views?: MatchView[];
  /** Position in the first pass's walk (document order), when the block came from it. */
  order?: number;
}

class MatchView implements PageMatch {
  private own?: Range;

  constructor(
    private readonly record: BlockRecord,
    private readonly index: number,
  ) {}

  get entry(): DictionaryEntry {
    return this.record.matches[this.index].entry;
  }

  /** The highlight's Range while the block is shown, else one of its own, made when first asked. */
  get range(): Range {
    const shown = this.record.ranges?.[this.index];
    if (shown) return shown;
    const { start, end } = this.record.matches[this.index];
    this.own ??= liveRangeFor(this.record.block, start, end);
    return this.own;
  }
}

function viewsOf(record: BlockRecord): MatchView[] {
  record.views ??= record.matches.map((_, index) => new MatchView(record, index));
  return record.views;
}

/** Options of MatchStore.put. */
export interface PutOptions {
  /** The block's rank in a whole-document walk, which spares comparing DOM positions. */
  order?: number;
  /** Known to be near the viewport: highlight now, without waiting for the tracker's first report. */
  near?: boolean;
}

function compareRecords(a: BlockRecord, b: BlockRecord): number {
  if (a.order !== undefined && b.order !== undefined) return a.order - b.order;
  return compareComposed(a.block.nodes[0], b.block.nodes[0]);
}

export class MatchStore implements PageMatchIndex {
  private readonly byNode = new WeakMap<Text, BlockRecord>();
  private readonly byOwner = new Map<Node, BlockRecord[]>();
  private readonly byAnchor = new Map<Element, BlockRecord[]>();
  private readonly nearAnchors = new Set<Element>();
  /** Records in document order, and records added since, not yet placed (see ordered()). */
  private placed: BlockRecord[] = [];
  private unplaced: BlockRecord[] = [];
  private orderedCache?: PageMatch[];
  /** Matches per entry, and per category (switched on or not). */
  private readonly counts = new Map<DictionaryEntry, number>();
  private readonly byId = new Map<string, DictionaryEntry>();
  private readonly categoryCounts = emptyCounts();
  private readonly listeners = new Set<() => void>();
  private changed = false;

  constructor(
    private readonly highlights: HighlightRegistry,
    private readonly tracker: ViewportTracker,
  ) {}

  /** Record a block's matches (possibly none), replacing whatever was recorded for its text nodes. */
  put(block: TextBlock, scanned: ScannedMatch[], { order, near }: PutOptions = {}): void {
    for (const node of block.nodes) {
      const old = this.byNode.get(node);
      if (old?.alive) this.remove(old);
    }
    if (scanned.length === 0) return;
    const record: BlockRecord = { block, matches: scanned, alive: true, order, anchor: anchorOf(block) };
    for (const match of scanned) this.bump(match.entry, 1);
    for (const node of block.nodes) this.byNode.set(node, record);
    const owned = this.byOwner.get(block.owner);
    if (owned) owned.push(record);
    else this.byOwner.set(block.owner, [record]);
    this.unplaced.push(record);
    this.track(record, near === true);
    this.touch();
  }

  /** Forget every block of an owner (before its text is collected again). */
  removeOwner(owner: Node): void {
    const owned = this.byOwner.get(owner);
    if (!owned) return;
    for (const record of owned.slice()) this.remove(record);
  }

  /** Forget blocks whose text left the document (their ranges would collapse or dangle). */
  pruneDisconnected(): void {
    for (const [owner, owned] of this.byOwner) {
      for (const record of owned.slice()) {
        const { nodes } = record.block;
        if (!owner.isConnected || !nodes[0].isConnected || !nodes[nodes.length - 1].isConnected) {
          this.remove(record);
        }
      }
    }
  }

  clear(): void {
    for (const owned of [...this.byOwner.values()]) for (const record of owned.slice()) this.remove(record);
    this.placed = [];
    this.unplaced = [];
    this.touch();
  }

  /** Switch categories: only the registry changes; counts and order follow from isActive. */
  setActiveCategories(categories: Iterable<CategoryId>): void {
    this.highlights.setActive(categories);
    this.orderedCache = undefined;
    this.changed = true;
    this.commit();
  }

  /** Register the highlights of the active categories (true) or unregister them all (false). */
  show(shown: boolean): void {
    this.highlights.setShown(shown);
  }

  /** Tell listeners about changes made since the last commit (called once per slice of work). */
  commit(): void {
    if (!this.changed) return;
    this.changed = false;
    for (const listener of [...this.listeners]) listener();
  }

  /** The matches of the categories switched on: summary().total. */
  private get activeTotal(): number {
    let total = 0;
    for (const id of CATEGORY_IDS) if (this.highlights.isActive(id)) total += this.categoryCounts[id];
    return total;
  }

  /** Every match recorded, in every category. */
  get matchCount(): number {
    let total = 0;
    for (const id of CATEGORY_IDS) total += this.categoryCounts[id];
    return total;
  }

  matchAt(node: Node, offset: number): PageMatch | undefined {
    const point = textPoint(node, offset);
    if (!point) return undefined;
    const record = this.byNode.get(point.node);
    if (!record?.alive) return undefined;
    const index = record.block.nodes.indexOf(point.node);
    if (index < 0) return undefined;
    const position = record.block.starts[index] + point.offset;
    // A caret sits between characters: over the right half of a term's last character it is at
    // the term's end. Prefer a match that holds the character after the caret, then one ending at
    // it; the card confirms with the match's client rects that the pointer is really on it.
    let ending: number | undefined;
    for (const [i, match] of record.matches.entries()) {
      if (!this.highlights.isActive(match.entry.category)) continue;
      if (match.start <= position && position < match.end) return viewsOf(record)[i];
      if (match.end === position) ending = i;
    }
    return ending === undefined ? undefined : viewsOf(record)[ending];
  }

  ordered(): PageMatch[] {
    if (this.orderedCache) return this.orderedCache;
    this.place();
    const result: PageMatch[] = [];
    for (const record of this.placed) {
      const views = viewsOf(record);
      for (const view of views) if (this.highlights.isActive(view.entry.category)) result.push(view);
    }
    this.orderedCache = result;
    return result;
  }

  countOf(entryId: string): number {
    const entry = this.byId.get(entryId);
    if (!entry || !this.highlights.isActive(entry.category)) return 0;
    return this.counts.get(entry) ?? 0;
  }

  /**
   * `byCategory` and `terms` cover every category, switched on or not, so the popup can say what a
   * category would show; `total` counts the categories shown (what the badge and the page show).
   */
  summary(): PageSummary {
    const terms = [...this.counts]
      .map(([entry, count]) => ({ id: entry.id, term: entry.term, category: entry.category, count }))
      .sort(compareTerms);
    return { total: this.activeTotal, byCategory: { ...this.categoryCounts }, terms };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private track(record: BlockRecord, near: boolean): void {
    const anchor = record.anchor;
    // Text with no element to follow (rare) is simply shown.
    if (!anchor) {
      this.showRecord(record);
      return;
    }
    const records = this.byAnchor.get(anchor);
    if (!records) {
      this.byAnchor.set(anchor, [record]);
      if (near) this.nearAnchors.add(anchor);
      this.tracker.follow(anchor, (isNear) => this.setNear(anchor, isNear));
    } else {
      records.push(record);
    }
    if (this.nearAnchors.has(anchor)) this.showRecord(record);
  }

  private setNear(anchor: Element, near: boolean): void {
    const records = this.byAnchor.get(anchor);
    if (!records) return;
    if (near) this.nearAnchors.add(anchor);
    else this.nearAnchors.delete(anchor);
    for (const record of records) {
      if (near) this.showRecord(record);
      else this.hideRecord(record);
    }
  }

  private showRecord(record: BlockRecord): void {
    if (record.ranges) return;
    const { block, matches } = record;
    record.ranges = matches.map(({ start, end, entry }) => {
      const range = liveRangeFor(block, start, end);
      this.highlights.add(entry.category, range);
      return range;
    });
  }

  /** Out of the highlights, and the Ranges let go: live Ranges cost the page on every DOM change. */
  private hideRecord(record: BlockRecord): void {
    const ranges = record.ranges;
    if (!ranges) return;
    record.ranges = undefined;
    ranges.forEach((range, i) => {
      this.highlights.delete(record.matches[i].entry.category, range);
    });
  }

  private remove(record: BlockRecord): void {
    if (!record.alive) return;
    record.alive = false;
    this.hideRecord(record);
    for (const match of record.matches) this.bump(match.entry, -1);
    const anchor = record.anchor;
    const anchored = anchor ? this.byAnchor.get(anchor) : undefined;
    if (anchor && anchored) {
      removeItem(anchored, record);
      if (anchored.length === 0) {
        this.byAnchor.delete(anchor);
        this.nearAnchors.delete(anchor);
        this.tracker.unfollow(anchor);
      }
    }
    for (const node of record.block.nodes) {
      if (this.byNode.get(node) === record) this.byNode.delete(node);
    }
    const owned = this.byOwner.get(record.block.owner);
    if (owned) {
      removeItem(owned, record);
      if (owned.length === 0) this.byOwner.delete(record.block.owner);
    }
    this.touch();
  }

  private bump(entry: DictionaryEntry, delta: number): void {
    const before = this.counts.get(entry);
    const count = (before ?? 0) + delta;
    if (count > 0) {
      this.counts.set(entry, count);
      if (before === undefined) this.byId.set(entry.id, entry);
    } else {
      this.counts.delete(entry);
      this.byId.delete(entry.id);
    }
    this.categoryCounts[entry.category] += delta;
  }

  private touch(): void {
    this.orderedCache = undefined;
    this.changed = true;
  }

  /**
   * Merge the records added since the last call into the ordered list: sort the new ones, then
   * binary-search each one's place, so a few additions to a large page cost a few comparisons.
   */
  private place(): void {
    let placed = this.placed.filter((record) => record.alive);
    const fresh = this.unplaced.filter((record) => record.alive);
    this.unplaced = [];
    if (fresh.length > 0) {
      fresh.sort(compareRecords);
      const merged: BlockRecord[] = [];
      let from = 0;
      for (const record of fresh) {
        let low = from;
        let high = placed.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (compareRecords(placed[middle], record) < 0) low = middle + 1;
          else high = middle;
        }
        for (let i = from; i < low; i++) merged.push(placed[i]);
        merged.push(record);
        from = low;
      }
      for (let i = from; i < placed.length; i++) merged.push(placed[i]);
      placed = merged;
    }
    this.placed = placed;
  }
}

/** A caret position as (text node, offset): element positions point between children. */
function textPoint(node: Node, offset: number): { node: Text; offset: number } | undefined {
  if (node.nodeType === 3) return { node: node as Text, offset };
  const after = node.childNodes[offset];
  if (after?.nodeType === 3) return { node: after as Text, offset: 0 };
  const before = node.childNodes[offset - 1];
  if (before?.nodeType === 3) return { node: before as Text, offset: (before as Text).data.length };
  return undefined;
}

function removeItem<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}
