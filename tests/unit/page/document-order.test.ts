// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { compareComposed } from '../../../lib/page/document-order';

test('orders nodes across open shadow roots as the collector walks them', () => {
  document.body.innerHTML = '<p id="a">甲</p><div id="host"><span id="light">乙</span></div><p id="c">丙</p>';
  const host = document.getElementById('host') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  const inside = shadow.appendChild(document.createElement('p'));
  const [a, light, c] = ['a', 'light', 'c'].map((id) => document.getElementById(id) as Node);
  const inOrder = [a, host, inside, light, c];
  const shuffled = [c, inside, light, a, host];
  expect(shuffled.sort(compareComposed)).toEqual(inOrder);
  expect(compareComposed(inside, inside)).toBe(0);
});
