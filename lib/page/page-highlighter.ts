/**
 * The page's highlighting, start to finish: walk the document in slices, scan each block, record
 * its matches (the store highlights those near the viewport), then follow the page's changes.
 *
 * Visible first. On a page not yet scrolled (the usual case: the content script runs when the
 * document is parsed, before the browser restores a scroll position), what the reader sees first
 * is the top of the document, so the first blocks in document order, about two screens of text,
 * are scanned at once and shown without waiting for layout (asking for boxes before the browser's
 * first layout of a long page would make us pay for that layout). On a page already scrolled,
 * blocks are placed by their boxes: those near the viewport are scanned as they are met and the
 * others put aside until the walk has gone well past the bottom of the viewport. Everything else
 * is scanned in idle time. No slice runs longer than its budget (one block past it at most).
 */
import { anchorOf, type TextBlock, walkBlocks } from './collect-blocks';
import { MutationFollower, type WalkJob } from './mutation-follower';
import type { MatchStore, ScannedMatch } from './page-index';
import { type Cancel, scheduleIdle, scheduleTask } from './scheduler';

export interface HighlighterStats {
  /** Milliseconds of our own work (the sum of slice durations) since start. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  blocks: number;
  characters: number;
  /** Matches recorded (all categories; only those near the viewport are in the highlights). */
  matches: number;
}

export type Milestone = 'first-viewport' | 'all-done';

export interface PageHighlighterOptions {
  document: Document;
  store: MatchStore;
  scanText(text: string): ScannedMatch[];
  /** Longest slice of work, in ms. */
  budgetMs?: number;
  /** The first pass reached a milestone (for timing marks; costs nothing when absent). */
  onMilestone?(milestone: Milestone, stats: HighlighterStats): void;
}

/**
 * The first screen gets a longer slice: it should be in the first paint, and the browser's first
 * style update, which our visibility checks bring forward, is part of it.
 */
const FIRST_VIEWPORT_BUDGET_MS = 40;
/** Blocks this far beyond the viewport (in viewport heights) still count as near it. */
const NEAR = 0.5;
/** After this many blocks in a row below the viewport, the rest of the walk is taken to be too. */
const BELOW_STREAK = 40;
/**
 * Idle slices wait at most this long: a page still loading or busy offers few idle periods, and
 * everything should be done within a second.
 */
const IDLE_TIMEOUT_MS = 20;

interface FirstPass {
  walk: Generator<TextBlock, void, undefined>;
  walked: boolean;
  /** The next block's rank in document order; undefined once the walk had to restart. */
  order: number | undefined;
  /** Scrolled pages: place blocks by their boxes. Otherwise: the top of the document comes first. */
  byBoxes: boolean;
  /** Characters still to scan before the first viewport counts as done (top-first mode). */
  firstChars: number;
  viewportDone: boolean;
  belowStreak: number;
  deferred: { block: TextBlock; order: number | undefined }[];
  nextDeferred: number;
}

type Step = 'worked' | 'done' | Milestone;

export class PageHighlighter {
  private readonly follower: MutationFollower;
  private first?: FirstPass;
  private jobs: WalkJob[] = [];
  private jobWalk?: Generator<TextBlock, void, undefined>;
  private cancel?: Cancel;
  private running = false;
  private readonly budgetMs: number;
  readonly stats: HighlighterStats = {
    busyMs: 0,
    slices: 0,
    longestSliceMs: 0,
    blocks: 0,
    characters: 0,
    matches: 0,
  };

  constructor(private readonly options: PageHighlighterOptions) {
    this.budgetMs = options.budgetMs ?? 10;
    this.follower = new MutationFollower({
      onJobs: (jobs, removed) => {
        if (!this.running) return;
        if (removed) {
          options.store.pruneDisconnected();
          options.store.commit();
        }
        this.jobs.push(...jobs);
        this.schedule();
      },
    });
  }

  start(): void {
    if (this.running) return;
    const { document } = this.options;
    this.running = true;
    this.options.store.show(true);
    this.follower.observe(document);
    // A document in design mode is an editor as a whole.
    if (document.designMode === 'on') return;
    const view = document.defaultView;
    const onRestart = () => {
      const first = this.first;
      if (!first) return;
      // Blocks come again: ranks would disagree with those given, and what was put aside returns.
      first.order = undefined;
      first.deferred = [];
      first.nextDeferred = 0;
    };
    this.first = {
      walk: walkBlocks(document.documentElement, { ...this.walkOptions(true), onRestart }),
      walked: false,
      order: 0,
      // Reading the scroll position or the window's size forces a layout: cheap on a page already
      // laid out (switched on while being read), costly at DOMContentLoaded (~100 ms for a
      // million-character page), when the page is not scrolled yet anyway.
      byBoxes: document.readyState === 'complete' && ((view?.scrollY ?? 0) > 0 || (view?.scrollX ?? 0) > 0),
      // About two screens of text at 16 px per character (the screen's size costs no layout).
      firstChars: view ? Math.max(4000, (view.screen.width * view.screen.height) / 128) : 4000,
      viewportDone: false,
      belowStreak: 0,
      deferred: [],
      nextDeferred: 0,
    };
    // The first slice runs now: the viewport's highlights should not wait for another task.
    this.slice();
  }

  /** Stop everything and remove every highlight. */
  stop(): void {
    this.running = false;
    this.follower.disconnect();
    this.cancel?.();
    this.cancel = undefined;
    this.first = undefined;
    this.jobs = [];
    this.jobWalk = undefined;
    this.options.store.clear();
    this.options.store.show(false);
    this.options.store.commit();
  }

  private walkOptions(deep: boolean) {
    return {
      deep,
      onHidden: (element: Element) => this.follower.noteHidden(element),
      onShadowRoot: (root: ShadowRoot) => this.follower.observe(root),
    };
  }

  private schedule(): void {
    if (this.cancel || !this.running) return;
    const urgent =
      this.jobs.length > 0 || this.jobWalk !== undefined || (this.first && !this.first.viewportDone);
    if (urgent) this.cancel = scheduleTask(() => this.slice());
    // While the first pass lasts there is idle work (its last step reports 'all-done' and ends it).
    else if (this.first) this.cancel = scheduleIdle(() => this.slice(), IDLE_TIMEOUT_MS);
  }

  private slice(): void {
    this.cancel = undefined;
    if (!this.running) return;
    const started = performance.now();
    const firstViewport = this.first !== undefined && !this.first.viewportDone;
    const deadline = started + (firstViewport ? FIRST_VIEWPORT_BUDGET_MS : this.budgetMs);
    const milestones: Milestone[] = [];
    do {
      const step = this.step();
      if (step === 'done') break;
      if (step !== 'worked') milestones.push(step);
      // The first screen's slice ends with it: the rest waits for idle time.
      if (step === 'first-viewport') break;
    } while (performance.now() < deadline);
    this.options.store.commit();
    const spent = performance.now() - started;
    this.stats.busyMs += spent;
    this.stats.slices++;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    this.stats.matches = this.options.store.matchCount;
    for (const milestone of milestones) this.options.onMilestone?.(milestone, { ...this.stats });
    this.schedule();
  }

  /** One unit of work (one block, mostly), by priority: first viewport, page changes, the rest. */
  private step(): Step {
    const first = this.first;
    if (first && !first.viewportDone) return this.firstViewportStep(first);
    if (this.jobWalk || this.jobs.length > 0) {
      if (!this.jobWalk) {
        const job = this.jobs.shift() as WalkJob;
        if (!job.deep) this.options.store.removeOwner(job.root);
        this.jobWalk = walkBlocks(job.root, this.walkOptions(job.deep));
      }
      const next = this.jobWalk.next();
      if (next.done) this.jobWalk = undefined;
      else this.process(next.value);
      return 'worked';
    }
    if (!first) return 'done';
    if (first.nextDeferred < first.deferred.length) {
      const { block, order } = first.deferred[first.nextDeferred];
      first.deferred[first.nextDeferred++] = undefined as never;
      // Text put aside may have changed since: then the follower has collected it again.
      if (unchanged(block)) this.process(block, order);
      return 'worked';
    }
    if (!first.walked) {
      const next = first.walk.next();
      if (next.done) {
        first.walked = true;
      } else {
        this.process(next.value, first.order);
        if (first.order !== undefined) first.order++;
      }
      return 'worked';
    }
    // The first pass is over; its bookkeeping can go.
    this.first = undefined;
    return 'all-done';
  }

  private firstViewportStep(first: FirstPass): Step {
    const next = first.walk.next();
    if (next.done) {
      first.walked = true;
      first.viewportDone = true;
      return 'first-viewport';
    }
    const block = next.value;
    const order = first.order;
    if (first.order !== undefined) first.order++;
    if (!first.byBoxes) {
      this.process(block, order, true);
      first.firstChars -= block.text.length;
      if (first.firstChars > 0) return 'worked';
      first.viewportDone = true;
      return 'first-viewport';
    }
    const where = this.locate(block);
    if (where === 'near') {
      this.process(block, order, true);
      first.belowStreak = 0;
      return 'worked';
    }
    first.deferred.push({ block, order });
    if (where === 'below' && ++first.belowStreak >= BELOW_STREAK) {
      first.viewportDone = true;
      return 'first-viewport';
    }
    return 'worked';
  }

  private process(block: TextBlock, order?: number, near?: boolean): void {
    this.stats.blocks++;
    this.stats.characters += block.text.length;
    this.options.store.put(block, this.options.scanText(block.text), { order, near });
  }

  /** Where a block stands relative to the viewport, from its container's box. */
  private locate(block: TextBlock): 'near' | 'above' | 'below' {
    const view = this.options.document.defaultView;
    const element = anchorOf(block);
    if (!view || !element) return 'near';
    const rect = element.getBoundingClientRect();
    const height = view.innerHeight;
    if (rect.top > height * (1 + NEAR)) return 'below';
    if (rect.bottom < -height * NEAR) return 'above';
    return 'near';
  }
}

/** Whether a block's text nodes are still in the page and still hold the text collected. */
function unchanged(block: TextBlock): boolean {
  const { nodes } = block;
  if (!nodes[0].isConnected || !nodes[nodes.length - 1].isConnected) return false;
  if (nodes.length === 1) return nodes[0].data === block.text;
  let length = 0;
  for (let i = 0; i < nodes.length; i++) {
    const data = nodes[i].data;
    if (!block.text.startsWith(data, block.starts[i])) return false;
    length += data.length;
  }
  return length === block.text.length;
}
