// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectBlocks } from '../../../lib/page/collect-blocks';
import { HighlightRegistry } from '../../../lib/page/highlight-registry';
import { MatchStore } from '../../../lib/page/page-index';
import { everythingNear, type ViewportTracker } from '../../../lib/page/viewport-tracker';
import { fakeHighlightApi, scanText, textOf } from './helpers';

let api: ReturnType<typeof fakeHighlightApi>;
let registry: HighlightRegistry;
let store: MatchStore;

function indexBody(html: string): void {
  document.body.innerHTML = html;
  for (const [order, block] of collectBlocks(document.body).entries()) {
    store.put(block, scanText(block.text), { order });
  }
  store.commit();
}

function highlighted(name: string): string[] {
  const highlight = api.registry.get(name) as Set<AbstractRange> | undefined;
  return highlight ? [...highlight].map(textOf) : [];
}

beforeEach(() => {
  document.body.replaceChildren();
  api = fakeHighlightApi();
  registry = new HighlightRegistry(api);
  store = new MatchStore(registry, everythingNear);
  store.setActiveCategories(['core', 'institution', 'discipline']);
});

describe('MatchStore', () => {
  test('highlights each match in its category, across inline elements, never across blocks', () => {
    indexBody('<p>增强四个<b>意识</b>，落实三会一课。</p><p>两个</p><p>维护</p><p>兩個確立</p>');
    expect(highlighted('tifa-core')).toEqual(['四个意识', '兩個確立']);
    expect(highlighted('tifa-institution')).toEqual(['三会一课']);
    expect(highlighted('tifa-discipline')).toEqual([]);
  });

  test('matchAt finds the match holding a caret position, in any of its text nodes', () => {
    indexBody('<p>增强四个<b>意识</b>。</p>');
    const [first, bold] = [document.querySelector('p')?.firstChild, document.querySelector('b')?.firstChild];
    expect(store.matchAt(first as Node, 1)).toBeUndefined();
    expect(store.matchAt(first as Node, 2)?.entry.id).toBe('sige-yishi');
    expect(store.matchAt(bold as Node, 1)?.entry.id).toBe('sige-yishi');
    // A caret after the term's last character still names it (the card checks the rects).
    expect(store.matchAt(bold as Node, 2)?.entry.id).toBe('sige-yishi');
    expect(store.matchAt(first as Node, 2)?.range.toString()).toBe('四个意识');
  });

  test('matchAt accepts element positions', () => {
    indexBody('<p>四个意识</p>');
    const p = document.querySelector('p') as Element;
    expect(store.matchAt(p, 0)?.entry.id).toBe('sige-yishi');
  });

  test('ordered lists active matches in document order, whatever order blocks arrived in', () => {
    document.body.innerHTML = '<p>四个意识</p><p>三会一课</p><p>两个确立</p>';
    const blocks = collectBlocks(document.body);
    for (const block of [blocks[2], blocks[0], blocks[1]]) store.put(block, scanText(block.text));
    expect(store.ordered().map((m) => m.entry.term)).toEqual(['四个意识', '三会一课', '两个确立']);
    store.setActiveCategories(['core']);
    expect(store.ordered().map((m) => m.entry.term)).toEqual(['四个意识', '两个确立']);
  });

  test('switching a category only changes the registry, counts and queries follow', () => {
    indexBody('<p>四个意识、三会一课、四个意识</p>');
    let changes = 0;
    store.onChange(() => changes++);
    const institution = api.registry.get('tifa-institution');
    store.setActiveCategories(['core']);
    expect(api.registry.has('tifa-institution')).toBe(false);
    expect(store.countOf('sanhui-yike')).toBe(0);
    expect(store.countOf('sige-yishi')).toBe(2);
    expect(store.summary().total).toBe(2);
    expect(store.summary().byCategory.institution).toBe(1);
    store.setActiveCategories(['core', 'institution']);
    // The same Highlight object comes back, ranges and all: no re-scan.
    expect(api.registry.get('tifa-institution')).toBe(institution);
    expect(highlighted('tifa-institution')).toEqual(['三会一课']);
    expect(changes).toBe(2);
  });

  test('summary counts by category and lists terms most frequent first', () => {
    indexBody('<p>三会一课。四个意识，四个意识。</p><p>四个意识和一岗双责</p>');
    const summary = store.summary();
    expect(summary.total).toBe(5);
    expect(summary.byCategory).toMatchObject({ core: 3, institution: 1, discipline: 1, meeting: 0 });
    expect(summary.terms[0]).toEqual({ id: 'sige-yishi', term: '四个意识', category: 'core', count: 3 });
    expect(summary.terms).toHaveLength(3);
  });

  test('a block collected again replaces the old record instead of counting twice', () => {
    indexBody('<p>四个意识</p>');
    const [block] = collectBlocks(document.body);
    store.put(block, scanText(block.text));
    expect(store.countOf('sige-yishi')).toBe(1);
    expect(highlighted('tifa-core')).toHaveLength(1);
  });

  test('removeOwner and pruneDisconnected drop ranges and counts', () => {
    indexBody('<p id="a">四个意识</p><p id="b">两个确立</p>');
    store.removeOwner(document.getElementById('a') as Node);
    expect(store.countOf('sige-yishi')).toBe(0);
    document.getElementById('b')?.remove();
    store.pruneDisconnected();
    expect(store.summary().total).toBe(0);
    expect(highlighted('tifa-core')).toEqual([]);
    expect(store.ordered()).toEqual([]);
  });

  test('clear drops every match; show(false) unregisters every highlight, show(true) restores them', () => {
    indexBody('<p>四个意识</p>');
    store.clear();
    expect(highlighted('tifa-core')).toEqual([]);
    store.show(false);
    expect(api.registry.size).toBe(0);
    store.show(true);
    expect([...api.registry.keys()]).toEqual(['tifa-core', 'tifa-institution', 'tifa-discipline']);
    expect(store.matchAt(document.querySelector('p')?.firstChild as Node, 0)).toBeUndefined();
  });

  test('only blocks near the viewport are in the highlights; counts and queries cover every block', () => {
    const reports = new Map<Element, (near: boolean) => void>();
    const tracker: ViewportTracker = {
      follow: (element, onChange) => reports.set(element, onChange),
      unfollow: (element) => reports.delete(element),
      disconnect: () => reports.clear(),
    };
    store = new MatchStore(registry, tracker);
    document.body.innerHTML = '<p id="top">四个意识</p><p id="far">两个确立</p>';
    const [top, far] = collectBlocks(document.body);
    store.put(top, scanText(top.text), { order: 0, near: true });
    store.put(far, scanText(far.text), { order: 1 });
    const farElement = document.getElementById('far') as Element;
    expect(highlighted('tifa-core')).toEqual(['四个意识']);
    expect(store.countOf('liangge-queli')).toBe(1);
    expect(store.ordered().map((m) => m.entry.term)).toEqual(['四个意识', '两个确立']);
    // A match far away still has a range for whoever asks (navigation scrolls to it).
    expect(store.ordered()[1].range.toString()).toBe('两个确立');
    reports.get(farElement)?.(true);
    expect(highlighted('tifa-core').sort()).toEqual(['两个确立', '四个意识']);
    reports.get(document.getElementById('top') as Element)?.(false);
    expect(highlighted('tifa-core')).toEqual(['两个确立']);
    store.removeOwner(farElement);
    expect(reports.has(farElement)).toBe(false);
    expect(highlighted('tifa-core')).toEqual([]);
  });
});
