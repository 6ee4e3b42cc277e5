// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectBlocks, ownerOf, walkBlocks } from '../../../lib/page/collect-blocks';

function texts(root: Node = document.body): string[] {
  return collectBlocks(root).map((block) => block.text);
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('collectBlocks', () => {
  test('joins text across inline elements and splits at block elements', () => {
    document.body.innerHTML = '<p>增强<a href="#">四个<b>意识</b></a>。</p><p>两个</p><div>维护</div>';
    expect(texts()).toEqual(['增强四个意识。', '两个', '维护']);
  });

  test('text around a nested block belongs to two blocks of the same owner', () => {
    document.body.innerHTML = '<div id="d">前文<p>中间</p>后文</div>';
    const blocks = collectBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['前文', '中间', '后文']);
    const div = document.getElementById('d');
    expect(blocks[0].owner).toBe(div);
    expect(blocks[2].owner).toBe(div);
    expect(blocks[1].owner).toBe(div?.querySelector('p'));
  });

  test('a line break ends a block', () => {
    document.body.innerHTML = '<p>两个<br>维护</p>';
    expect(texts()).toEqual(['两个', '维护']);
  });

  test('keeps the offsets of each text node', () => {
    document.body.innerHTML = '<p>增强四个<b>意识</b>和<i>自信</i></p>';
    const [block] = collectBlocks(document.body);
    expect(block.starts).toEqual([0, 4, 6, 7]);
    expect(block.nodes.map((n) => n.data)).toEqual(['增强四个', '意识', '和', '自信']);
  });

  test('skips scripts, styles, form fields, editors, templates and ruby annotations', () => {
    document.body.innerHTML = [
      '<script>var a = "四个意识";</script><style>p::after{content:"两个确立"}</style>',
      '<noscript>四个意识</noscript><template><p>四个意识</p></template>',
      '<textarea>四个意识</textarea><select><option>四个意识</option></select>',
      '<div contenteditable="true"><p>编辑器里的四个意识</p></div>',
      '<div contenteditable="false"><p>不可编辑</p></div>',
      '<p><ruby>四<rt>sì</rt>个<rt>gè</rt></ruby>意识</p>',
    ].join('');
    expect(texts()).toEqual(['不可编辑', '四个意识']);
  });

  test('skips hidden elements and our own card', () => {
    document.body.innerHTML = [
      '<p hidden>隐藏一</p><div style="display:none"><p>隐藏二</p></div>',
      '<p style="visibility:hidden">隐藏三</p>',
      '<p>四个<span style="display:none">广告</span>意识</p>',
      '<tifa-lens-card><p>卡片里的四个意识</p></tifa-lens-card>',
    ].join('');
    expect(texts()).toEqual(['四个意识']);
  });

  test('reports hidden elements so they can be collected when shown', () => {
    document.body.innerHTML = '<p hidden>隐藏</p><p>可见</p>';
    const hidden: Element[] = [];
    collectBlocks(document.body, { deep: true, onHidden: (element) => hidden.push(element) });
    expect(hidden).toEqual([document.querySelector('p[hidden]')]);
  });

  test('walks open shadow roots where their host stands', () => {
    document.body.innerHTML = '<p>前</p><div id="host"></div><p>后</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(document.createElement('p')).textContent = '影子里的两个确立';
    const roots: ShadowRoot[] = [];
    const blocks = collectBlocks(document.body, { deep: true, onShadowRoot: (r) => roots.push(r) });
    expect(blocks.map((b) => b.text)).toEqual(['前', '影子里的两个确立', '后']);
    expect(roots).toEqual([shadow]);
  });

  test('shallow walks collect only the owner’s own text', () => {
    document.body.innerHTML = '<div id="d">甲<b>乙</b><p>丙</p>丁</div>';
    const div = document.getElementById('d') as HTMLElement;
    expect(collectBlocks(div, { deep: false }).map((b) => b.text)).toEqual(['甲乙', '丁']);
  });

  test('drops blocks of whitespace only', () => {
    document.body.innerHTML = '<div>\n  <p>文字</p>\n  \u200b </div>';
    expect(texts()).toEqual(['文字']);
  });

  test('restarts when the node it reached was removed between two slices', () => {
    document.body.innerHTML = '<p>一</p><div id="gone"><p>二</p><p>三</p></div><p>四</p>';
    let restarts = 0;
    const walk = collectBlocksLazily(() => restarts++);
    expect(walk.next().value?.text).toBe('一');
    expect(walk.next().value?.text).toBe('二');
    document.getElementById('gone')?.remove();
    const rest = [...walk].map((b) => b.text);
    expect(restarts).toBe(1);
    expect(rest).toEqual(['一', '四']);
  });
});

test('restarts when the page removed the subtree it was leaving', () => {
  document.body.innerHTML = '<div id="gone"><p>一</p></div><p>二</p>';
  let restarts = 0;
  const walk = collectBlocksLazily(() => restarts++);
  expect(walk.next().value?.text).toBe('一');
  // The walk stands at the end of <p>一</p>, about to climb out of the removed <div>.
  document.getElementById('gone')?.remove();
  expect([...walk].map((b) => b.text)).toEqual(['二']);
  expect(restarts).toBe(1);
});

describe('ownerOf', () => {
  test('is the nearest block-level ancestor', () => {
    document.body.innerHTML = '<p id="p">甲<b><i>乙</i></b></p>';
    const text = document.querySelector('i')?.firstChild as Text;
    expect(ownerOf(text)).toBe(document.getElementById('p'));
  });
});

function collectBlocksLazily(onRestart: () => void) {
  return walkBlocks(document.body, { deep: true, onRestart });
}
