// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HighlightRegistry } from '../../../lib/page/highlight-registry';
import { PageHighlighter } from '../../../lib/page/page-highlighter';
import { MatchStore } from '../../../lib/page/page-index';
import { everythingNear } from '../../../lib/page/viewport-tracker';
import { fakeHighlightApi, scanText, textOf } from './helpers';

let api: ReturnType<typeof fakeHighlightApi>;
let store: MatchStore;
let highlighter: PageHighlighter;
let milestones: string[];

function highlighted(): string[] {
  return [...api.registry.entries()].flatMap(([name, highlight]) =>
    [...(highlight as Set<AbstractRange>)].map((range) => `${name}:${textOf(range)}`),
  );
}

function start(budgetMs?: number): void {
  milestones = [];
  api = fakeHighlightApi();
  const registry = new HighlightRegistry(api);
  store = new MatchStore(registry, everythingNear);
  store.setActiveCategories(['core', 'institution']);
  highlighter = new PageHighlighter({
    document,
    store,
    scanText,
    budgetMs,
    onMilestone: (milestone) => milestones.push(milestone),
  });
  highlighter.start();
}

beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  highlighter?.stop();
});

describe('PageHighlighter', () => {
  test('highlights the whole document, in slices, and reports its milestones in order', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>第${i}段：四个意识。</p>`);
    document.body.innerHTML = `${paragraphs.join('')}<div><p>三会一课</p></div>`;
    start(0.01);
    await vi.waitFor(() => expect(milestones).toEqual(['first-viewport', 'all-done']));
    expect(store.summary().byCategory).toMatchObject({ core: 300, institution: 1 });
    expect(highlighter.stats.slices).toBeGreaterThan(1);
    expect(store.ordered()).toHaveLength(301);
    expect(store.ordered()[300].entry.term).toBe('三会一课');
  });

  test('follows added, changed and removed text', async () => {
    document.body.innerHTML = '<div id="list"><p id="one">四个意识</p></div><p id="text">没有</p>';
    start();
    await vi.waitFor(() => expect(milestones).toContain('all-done'));
    const list = document.getElementById('list') as HTMLElement;
    list.appendChild(document.createElement('p')).textContent = '三会一课';
    (document.getElementById('text')?.firstChild as Text).data = '两个确立';
    await vi.waitFor(() =>
      expect(highlighted().sort()).toEqual([
        'tifa-core:两个确立',
        'tifa-core:四个意识',
        'tifa-institution:三会一课',
      ]),
    );
    document.getElementById('one')?.remove();
    await vi.waitFor(() => expect(store.countOf('sige-yishi')).toBe(0));
    expect(highlighted().sort()).toEqual(['tifa-core:两个确立', 'tifa-institution:三会一课']);
  });

  test('joins text when an inline element is added next to it', async () => {
    document.body.innerHTML = '<p id="p">四个</p>';
    start();
    await vi.waitFor(() => expect(milestones).toContain('all-done'));
    document.getElementById('p')?.appendChild(document.createElement('b')).append('意识');
    await vi.waitFor(() => expect(highlighted()).toEqual(['tifa-core:四个意识']));
  });

  test('collects a hidden element once it is shown', async () => {
    document.body.innerHTML = '<div id="tab" hidden><p>一岗双责与三会一课</p></div>';
    start();
    await vi.waitFor(() => expect(milestones).toContain('all-done'));
    expect(highlighted()).toEqual([]);
    document.getElementById('tab')?.removeAttribute('hidden');
    await vi.waitFor(() => expect(highlighted()).toEqual(['tifa-institution:三会一课']));
  });

  test('ignores changes inside editors, form fields and our own card', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="edit">草稿</p></div><textarea></textarea>';
    start();
    await vi.waitFor(() => expect(milestones).toContain('all-done'));
    (document.getElementById('edit')?.firstChild as Text).data = '四个意识';
    (document.querySelector('textarea') as HTMLTextAreaElement).value = '四个意识';
    document.body.appendChild(document.createElement('tifa-lens-card')).textContent = '四个意识';
    await new Promise((done) => setTimeout(done, 300));
    expect(highlighted()).toEqual([]);
  });

  test('stop removes every highlight and stops following the page', async () => {
    document.body.innerHTML = '<p>四个意识</p>';
    start();
    await vi.waitFor(() => expect(highlighted()).toHaveLength(1));
    highlighter.stop();
    expect(api.registry.size).toBe(0);
    document.body.appendChild(document.createElement('p')).textContent = '两个确立';
    await new Promise((done) => setTimeout(done, 300));
    expect(store.summary().total).toBe(0);
  });
});
