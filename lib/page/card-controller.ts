import { computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Citation, DictionaryEntry } from '../dictionary-types';
import { resolveLanguage } from '../language';
import type { BackgroundRequest } from '../messages';
import type { Settings } from '../settings';
import cardCss from '../ui/card.css?inline';
import { TermCard } from '../ui/TermCard';
import { elementOf, OWN_UI_TAG } from './collect-blocks';
import { hitTest, inCorridor, intersectsViewport } from './hit-test';
import {
  clearFocusHighlight,
  compareRanges,
  type Direction,
  neighbourIndex,
  sameRange,
  scrollRangeIntoView,
  setFocusHighlight,
} from './keyboard-nav';
import { detectPageScheme } from './page-scheme';

/** What the controller needs of the page's match index (lib/page/page-index.ts provides it). */
export interface CardMatch {
  range: Range;
  entry: DictionaryEntry;
}
export interface CardIndex<M extends CardMatch = CardMatch> {
  matchAt(node: Node, offset: number): M | undefined;
  ordered(): M[];
  countOf(entryId: string): number;
  onChange(listener: () => void): () => void;
}

export interface MountCardOptions {
  ctx: ContentScriptContext;
  index: CardIndex;
  getSettings: () => Settings;
}

export interface CardController {
  /** Scrolls to the next occurrence of an entry and opens its card as a dialog; false if none. */
  reveal(entryId: string): boolean;
  next(): boolean;
  previous(): boolean;
  destroy(): void;
}

/**
 * Timings. The card must open within 100 ms of the pointer resting on a term: the intent delay
 * keeps it from flashing while the pointer merely crosses text. The close delays let the pointer
 * travel from the term to the card: longer on the way there, short elsewhere.
 */
const OPEN_DELAY_MS = 40;
const CLOSE_DELAY_MS = 150;
const CORRIDOR_CLOSE_DELAY_MS = 500;
const VIEWPORT_PADDING = 8;

/**
 * - 'hover': opened by the pointer, closes when the pointer leaves term and card;
 * - 'pinned': opened or kept by a click on the term, closes on Escape, a click outside or scroll;
 * - 'dialog': opened from the keyboard, holds the focus until Escape returns it.
 */
type Mode = 'hover' | 'pinned' | 'dialog';

interface Shown {
  match: CardMatch;
  mode: Mode;
  /** Where the pointer was, so that a term broken over two lines gets the card beside the right half. */
  point?: { x: number; y: number };
}

/**
 * The term card on a page: pointer and keyboard behaviour, placement, and the shadow root it lives
 * in. Nothing is added to the page until the card is first shown; then one host element, appended
 * to <html> (not <body>, whose markup stays exactly the page's own).
 */
export function mountCard({ ctx, index, getSettings }: MountCardOptions): CardController {
  const abort = new AbortController();
  const listen = <K extends keyof WindowEventMap>(
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => window.addEventListener(type, handler, { capture: true, ...options, signal: abort.signal });

  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiPromise: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let shown: Shown | undefined;
  /** Bumped by every show and close, so that a show that awaited the UI knows it was overtaken. */
  let generation = 0;
  let pendingOpen: { match: CardMatch; timer: ReturnType<typeof setTimeout> } | undefined;
  let closeTimer: { at: number; timer: ReturnType<typeof setTimeout> } | undefined;
  let pointer: { x: number; y: number; overCard: boolean } | undefined;
  let pointerFrame = 0;
  let layoutFrame = 0;
  /** The match the keyboard is on; kept after the card closes so that the next step goes on from it. */
  let keyboardMatch: CardMatch | undefined;
  let returnFocus: HTMLElement | undefined;
  let destroyed = false;

  const layer = () => ui?.mounted;

  function ensureUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    uiPromise ??= createShadowRootUi<HTMLElement>(ctx, {
      name: OWN_UI_TAG,
      // Not 'overlay' or 'modal': WXT's inline position styles on the host lose to its own
      // `:host { all: initial !important }` reset anyway, and 'modal' would cover the page. The host
      // is made a fixed 0×0 box by LAYER_CSS (in the shadow root, so the page cannot undo it), and
      // the card inside is positioned fixed by floating-ui.
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: cardCss + LAYER_CSS,
      // Keys typed in the card (Escape, Tab, Space on a button) are ours, not the page's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const element = document.createElement('div');
        element.className = 'tifa-layer';
        element.dataset.open = 'false';
        container.append(element);
        return element;
      },
      onRemove(element) {
        if (element) render(null, element);
      },
    }).then((created) => {
      // Destroyed while the UI was being created: never add it to the page.
      if (destroyed) return created;
      created.mount();
      ui = created;
      // "More" or a narrower window changes the card's size: place it again (a card above its term
      // would otherwise grow over it).
      if (created.mounted && typeof ResizeObserver === 'function') {
        const observer = new ResizeObserver(() => scheduleRelayout());
        observer.observe(created.mounted);
        abort.signal.addEventListener('abort', () => observer.disconnect());
      }
      return created;
    });
    return uiPromise;
  }

  function isInCard(event: Event): boolean {
    return !!ui && event.composedPath().includes(ui.shadowHost);
  }

  function focusIsInCard(): boolean {
    return !!ui && document.activeElement === ui.shadowHost;
  }

  function cancelOpen() {
    if (pendingOpen) clearTimeout(pendingOpen.timer);
    pendingOpen = undefined;
  }

  function cancelClose() {
    if (closeTimer) clearTimeout(closeTimer.timer);
    closeTimer = undefined;
  }

  function scheduleClose(delay: number) {
    const at = performance.now() + delay;
    // A later deadline never postpones an earlier one: resting in the corridor does not keep it open.
    if (closeTimer && closeTimer.at <= at) return;
    cancelClose();
    closeTimer = { at, timer: setTimeout(() => close(), delay) };
  }

  async function show(match: CardMatch, mode: Mode, point?: { x: number; y: number }) {
    if (destroyed) return;
    cancelOpen();
    cancelClose();
    const mine = ++generation;
    const created = await ensureUi();
    const element = created.mounted;
    if (mine !== generation || destroyed || !element) return;
    if (shown?.mode !== 'dialog' && mode === 'dialog') rememberFocus();
    shown = { match, mode, point };
    renderCard();
    element.dataset.open = 'true';
    element.dataset.mode = mode;
    await place();
    if (mine !== generation) return;
    element.style.visibility = 'visible';
    if (mode === 'dialog') element.querySelector<HTMLElement>('.tifa-card')?.focus({ preventScroll: true });
  }

  function renderCard() {
    const element = layer();
    if (!shown || !element) return;
    const settings = getSettings();
    const { entry, range } = shown.match;
    render(
      h(TermCard, {
        entry,
        pageCount: index.countOf(entry.id),
        showEnglish: settings.showEnglish,
        scheme: settings.theme === 'system' ? detectPageScheme(range.startContainer) : settings.theme,
        lang: resolveLanguage(settings.language),
        asDialog: true,
        writeText: (text: string) => copyText(text, ui?.shadow),
        onOpenInReader: (citation: Citation) => openReader(entry, citation),
        onClose: () => close({ restoreFocus: true }),
      }),
      element,
    );
  }

  async function place() {
    const element = layer();
    if (!shown || !element) return;
    const { range } = shown.match;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: elementOf(range.startContainer) ?? undefined,
    };
    const { x, y } = await computePosition(reference, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(shown.point),
        offset(6),
        flip({ padding: VIEWPORT_PADDING, fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableHeight, elements }) {
            const height = Math.max(160, Math.min(availableHeight, 560));
            elements.floating.style.setProperty('--tifa-max-height', `${Math.floor(height)}px`);
          },
        }),
        shift({ padding: VIEWPORT_PADDING }),
      ],
    });
    element.style.left = `${Math.round(x)}px`;
    element.style.top = `${Math.round(y)}px`;
  }

  function close({ restoreFocus = false }: { restoreFocus?: boolean } = {}) {
    cancelOpen();
    cancelClose();
    generation++;
    if (!shown) return;
    const hadFocus = shown.mode === 'dialog' || focusIsInCard();
    shown = undefined;
    clearFocusHighlight();
    const element = layer();
    if (element) {
      element.style.visibility = 'hidden';
      element.dataset.open = 'false';
      render(null, element);
    }
    if (hadFocus) giveFocusBack(restoreFocus);
  }

  function rememberFocus() {
    const active = document.activeElement;
    returnFocus =
      active instanceof HTMLElement && active !== document.body && active !== ui?.shadowHost
        ? active
        : undefined;
  }

  function giveFocusBack(restore: boolean) {
    const target = returnFocus;
    returnFocus = undefined;
    if (restore && target?.isConnected) {
      target.focus({ preventScroll: true });
      return;
    }
    // The card's content is gone; make sure the focus does not stay on our host element.
    if (focusIsInCard()) ui?.shadowHost.blur();
  }

  function setMode(mode: Mode) {
    if (!shown) return;
    shown.mode = mode;
    cancelClose();
    const element = layer();
    if (element) element.dataset.mode = mode;
  }

  // ---- the pointer ----

  function processPointer() {
    pointerFrame = 0;
    const p = pointer;
    if (!p || destroyed) return;
    if (p.overCard) {
      cancelClose();
      cancelOpen();
      return;
    }
    if (shown && shown.mode !== 'hover') return;
    const hit = hitTest({ doc: document, x: p.x, y: p.y, matchAt: (node, at) => index.matchAt(node, at) });
    if (hit && shown && sameRange(hit.range, shown.match.range)) {
      cancelClose();
      cancelOpen();
      return;
    }
    if (hit) {
      if (pendingOpen && sameRange(pendingOpen.match.range, hit.range)) return;
      cancelOpen();
      const point = { x: p.x, y: p.y };
      pendingOpen = { match: hit, timer: setTimeout(() => void show(hit, 'hover', point), OPEN_DELAY_MS) };
      return;
    }
    cancelOpen();
    if (!shown) return;
    const card = layer()?.getBoundingClientRect();
    const term = shown.match.range.getBoundingClientRect();
    scheduleClose(card && inCorridor(p.x, p.y, term, card) ? CORRIDOR_CLOSE_DELAY_MS : CLOSE_DELAY_MS);
  }

  listen(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY, overCard: isInCard(event) };
      // One hit test per frame however many events the pointer sends.
      if (!pointerFrame) pointerFrame = requestAnimationFrame(processPointer);
    },
    { passive: true },
  );

  listen('mouseout', (event) => {
    // relatedTarget null: the pointer left the window.
    if (event.relatedTarget === null && shown?.mode === 'hover') scheduleClose(CLOSE_DELAY_MS);
  });

  listen('pointerdown', (event) => {
    if (!shown) return;
    if (isInCard(event)) {
      // Working in the card (copy, more) keeps it: it no longer closes when the pointer leaves.
      if (shown.mode === 'hover') setMode('pinned');
      return;
    }
    const hit = hitTest({
      doc: document,
      x: event.clientX,
      y: event.clientY,
      matchAt: index.matchAt.bind(index),
    });
    if (hit && sameRange(hit.range, shown.match.range)) return;
    close();
  });

  listen('click', (event) => {
    if (event.button !== 0 || isInCard(event)) return;
    // A click that ends a text selection is not a click on the term.
    if (document.getSelection()?.isCollapsed === false) return;
    const hit = hitTest({
      doc: document,
      x: event.clientX,
      y: event.clientY,
      matchAt: index.matchAt.bind(index),
    });
    if (!hit) return;
    if (shown && sameRange(hit.range, shown.match.range)) {
      cancelClose();
      cancelOpen();
      if (shown.mode === 'hover') setMode('pinned');
      return;
    }
    void show(hit, 'pinned', { x: event.clientX, y: event.clientY });
  });

  listen('keydown', (event) => {
    if (event.key !== 'Escape' || !shown) return;
    const ours = focusIsInCard();
    close({ restoreFocus: true });
    if (ours) {
      event.preventDefault();
      event.stopPropagation();
    }
  });

  // ---- layout changes ----

  function relayout() {
    layoutFrame = 0;
    if (!shown) return;
    if (!isOnScreen(shown.match.range)) {
      close({ restoreFocus: true });
      return;
    }
    void place();
  }
  const scheduleRelayout = () => {
    if (shown && !layoutFrame) layoutFrame = requestAnimationFrame(relayout);
  };
  listen('scroll', scheduleRelayout, { passive: true });
  listen('resize', scheduleRelayout, { passive: true });

  const stopWatchingIndex = index.onChange(() => {
    if (!shown) return;
    const { range } = shown.match;
    const current = range.startContainer.isConnected
      ? index.matchAt(range.startContainer, range.startOffset)
      : undefined;
    if (!current || !sameRange(current.range, range)) {
      close({ restoreFocus: true });
      return;
    }
    shown.match = current;
    renderCard();
    scheduleRelayout();
  });

  // ---- the keyboard commands ----

  function step(direction: Direction, accept: (match: CardMatch) => boolean = () => true): boolean {
    const matches = index.ordered();
    // After the reader scrolled elsewhere, the viewport is the better starting point.
    const from = [keyboardMatch, shown?.match].find((m) => m && isOnScreen(m.range));
    const start = neighbourIndex({
      matches,
      current: from,
      direction,
      isSame: (a, b) => sameRange(a.range, b.range),
      compare: (a, b) => compareRanges(a.range, b.range),
      topOf: (m) => m.range.getBoundingClientRect().top,
    });
    if (start < 0) return false;
    for (let k = 0; k < matches.length; k++) {
      const match = matches[(((start + direction * k) % matches.length) + matches.length) % matches.length];
      if (!accept(match)) continue;
      cancelOpen();
      keyboardMatch = match;
      scrollRangeIntoView(match.range);
      setFocusHighlight(match.range);
      void show(match, 'dialog');
      return true;
    }
    return false;
  }

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    close();
    abort.abort();
    stopWatchingIndex();
    cancelAnimationFrame(pointerFrame);
    cancelAnimationFrame(layoutFrame);
    ui?.remove();
  }
  ctx.onInvalidated(destroy);

  return {
    reveal: (entryId) => step(1, (match) => match.entry.id === entryId),
    next: () => step(1),
    previous: () => step(-1),
    destroy,
  };
}

/** The positioned layer inside the shadow root that floating-ui moves; hidden until placed. */
const LAYER_CSS = `
:host { position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; display: block !important;
  z-index: 2147483647 !important; }
:host::before, :host::after { content: none !important; display: none !important; }
.tifa-layer { position: fixed; top: 0; left: 0; z-index: 2147483647; visibility: hidden; }
.tifa-layer[data-open="false"] { display: none; }
`;

function isOnScreen(range: Range): boolean {
  return intersectsViewport(range.getClientRects(), { width: window.innerWidth, height: window.innerHeight });
}

function openReader(entry: DictionaryEntry, citation: Citation) {
  const request: BackgroundRequest = {
    type: 'tifa:open-reader',
    location: {
      speech: citation.speech,
      paragraph: citation.paragraph,
      sentenceIndex: citation.sentenceIndex,
    },
    term: entry.term,
  };
  // Without a reader (an older background) there is no receiver; nothing to report to the page.
  browser.runtime.sendMessage(request).catch(() => {});
}

/**
 * navigator.clipboard needs a secure context; on plain-http pages fall back to the legacy copy
 * command on a textarea inside our shadow root (the click that asked for it allows it).
 */
async function copyText(text: string, root: ShadowRoot | undefined): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  if (!root) throw new Error('no card');
  const active = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  root.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  active?.focus({ preventScroll: true });
  if (!ok) throw new Error('copy refused');
}
