// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../../../lib/dictionary-types';
import { TermCard, type TermCardProps } from '../../../lib/ui/TermCard';
import { fourConsciousnesses } from './fixture-entry';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<TermCardProps> = {}) {
  act(() => {
    render(
      <TermCard entry={fourConsciousnesses()} showEnglish scheme="light" pageCount={3} {...props} />,
      root,
    );
  });
  return root.querySelector('.tifa-card') as HTMLElement;
}
const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe('TermCard', () => {
  it('shows headword, pinyin, category, English rendering, glosses, parts and the page count', () => {
    const card = show();
    expect(card.querySelector('.headword')?.textContent).toBe('四个意识');
    expect(card.querySelector('.pinyin')?.textContent).toBe('sì gè yìshí');
    expect(card.querySelector('.chip')?.textContent).toBe('核心政治提法');
    expect(card.querySelector('.english')?.textContent).toBe('the Four Consciousnesses');
    expect(texts('.gloss')).toEqual([
      '政治意识、大局意识、核心意识、看齐意识的合称。',
      'Political awareness, awareness of the big picture, of the core, and of keeping in line.',
    ]);
    expect(texts('.parts li')).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    expect(card.querySelector('.page-count')?.textContent).toBe('本页出现 3 次');
  });

  it('leaves out English when showEnglish is off, and the page count where there is no page', () => {
    const card = show({ showEnglish: false, pageCount: undefined });
    expect(card.querySelector('.english')).toBeNull();
    expect(texts('.gloss')).toEqual(['政治意识、大局意识、核心意识、看齐意识的合称。']);
    expect(card.querySelector('.page-count')).toBeNull();
  });

  it('counts within the speech when the reader shows it', () => {
    const card = show({ countScope: 'speech', pageCount: 2 });
    expect(card.querySelector('.page-count')?.textContent).toBe('本篇出现 2 次');
  });

  it('labels the chrome in the chosen language, the category included', () => {
    const card = show({ lang: 'zh_TW' });
    expect(card.getAttribute('lang')).toBe('zh-Hant');
    expect(card.querySelector('.chip')?.textContent).toBe('核心政治提法');
    expect(card.querySelector('.page-count')?.textContent).toBe('本頁出現 3 次');
    show({ lang: 'en' });
    expect(root.querySelector('.chip')?.textContent).toBe('Core political formulations');
    expect(root.querySelector('.citations .section-title')?.textContent).toBe('Quoted in speeches (6)');
  });

  it('is a non-modal dialog labelled by its headword when asked to be', () => {
    const card = show({ asDialog: true });
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-modal')).toBe('false');
    const label = card.getAttribute('aria-labelledby') ?? '';
    expect(root.querySelector(`[id="${label}"]`)?.textContent).toBe('四个意识');
    expect(card.tabIndex).toBe(-1);
    expect(show({ asDialog: false }).getAttribute('role')).toBe('article');
  });

  it('follows the colour scheme it is given', () => {
    expect(show({ scheme: 'dark' }).classList.contains('tifa-card--dark')).toBe(true);
    expect(show({ scheme: 'light' }).classList.contains('tifa-card--dark')).toBe(false);
  });

  it('quotes the most relevant sentence of three speeches, the term emphasised, and the rest behind "more"', () => {
    show();
    expect(texts('.speech-title')).toEqual([
      '牢记党办职责使命 打造坚强政治机关',
      '强化政治机关意识 提升引领发展之能',
      '坚持不懈推进政治机关建设',
    ]);
    expect(texts('.speech-issuer')).toEqual(['省委办公厅', '市委直属机关工委', '未署名评论文章']);
    const first = root.querySelector('.quote') as HTMLElement;
    expect(first.textContent).toBe('牢固树立“四个意识”。');
    expect(first.querySelector('mark')?.textContent).toBe('四个意识');
    // Three text nodes around one element: the sentence is text, never markup.
    expect([...first.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'MARK', '#text']);

    const more = root.querySelector('button.more') as HTMLButtonElement;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent).toBe('更多引用（还有 3 条）');
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).not.toBeNull();
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelectorAll('.quote')).toHaveLength(6);
    expect(texts('.speech-title')).toHaveLength(4);
    expect(more.textContent).toBe('收起');
    act(() => more.click());
    expect(root.querySelectorAll('.quote')).toHaveLength(3);
  });

  it('renders page-supplied-looking text as text', () => {
    const entry = fourConsciousnesses({ gloss: { zh: '<img src=x onerror=alert(1)>', en: '' } });
    show({ entry });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.gloss')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says so when the speeches never use the term, without a "more" control', () => {
    show({ entry: fourConsciousnesses({ citations: [], inCorpus: false }) });
    expect(root.querySelector('.no-citations')?.textContent).toBe('收录的讲话中没有用到这一提法。');
    expect(root.querySelector('button.more')).toBeNull();
  });

  it('copies a citation as text and says it was copied', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    const onCopy = vi.fn();
    show({ writeText, onCopy });
    const button = root.querySelector('button.copy') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('复制引自《牢记党办职责使命 打造坚强政治机关》的句子');
    await act(async () => button.click());
    await vi.waitFor(() => expect(button.textContent).toBe('已复制'));
    expect(writeText).toHaveBeenCalledWith(
      '四个意识\n“牢固树立“四个意识”。”\n——省委办公厅《牢记党办职责使命 打造坚强政治机关》',
    );
    expect(onCopy.mock.calls[0][0].sentence).toBe('牢固树立“四个意识”。');
    expect(button.textContent).toBe('已复制');
    expect(root.querySelector('[aria-live]')?.textContent).toBe('已复制');
  });

  it('says so when copying fails', async () => {
    show({ writeText: () => Promise.reject(new Error('denied')) });
    const button = root.querySelector('button.copy') as HTMLButtonElement;
    await act(async () => button.click());
    await vi.waitFor(() => expect(button.textContent).toBe('复制失败'));
  });

  it('offers "read in the speech" per citation only when a reader is available', () => {
    expect(show().querySelector('button.read')).toBeNull();
    const opened: Citation[] = [];
    show({ onOpenInReader: (c) => opened.push(c) });
    const buttons = root.querySelectorAll<HTMLButtonElement>('button.read');
    expect(buttons).toHaveLength(3);
    act(() => buttons[1].click());
    expect(opened.map((c) => [c.speech, c.paragraph, c.sentenceIndex])).toEqual([['a', 3, 0]]);
  });

  it('has a close button only when it can be closed', () => {
    expect(show().querySelector('button.close')).toBeNull();
    const onClose = vi.fn();
    show({ onClose });
    const close = root.querySelector('button.close') as HTMLButtonElement;
    expect(close.getAttribute('aria-label')).toBe('关闭');
    act(() => close.click());
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('can show every citation from the start (the glossary)', () => {
    show({ expandCitations: true });
    expect(root.querySelectorAll('.quote')).toHaveLength(6);
    expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('starts collapsed again for another entry', () => {
    show();
    act(() => (root.querySelector('button.more') as HTMLButtonElement).click());
    expect(root.querySelectorAll('.quote')).toHaveLength(6);
    show({ entry: fourConsciousnesses({ id: 'other', term: '两个维护' }) });
    expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('false');
  });
});
