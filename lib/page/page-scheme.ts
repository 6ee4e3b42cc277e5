/**
 * Light or dark: what the page looks like where the term is, so that the card matches it. The
 * page's own background near the term decides (a dark article on a light site, or the reverse, is
 * common); when every ancestor is transparent, the canvas colour decides, which is dark only when
 * the root opts into a dark `color-scheme` and the system prefers dark.
 */
import type { ColorScheme } from '../ui/TermCard';
import { elementOf } from './collect-blocks';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses computed colours as browsers serialise them: rgb(), rgba(), either syntax; 'transparent'. */
export function parseComputedColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (!m) return undefined;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number.parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Dark when white text would contrast more than black text: below a luminance of about 0.179 the
 * contrast ratio against white exceeds the ratio against black.
 */
export function schemeOfColor(color: Rgba): ColorScheme {
  return relativeLuminance(color) < 0.179 ? 'dark' : 'light';
}

/**
 * The scheme at a node: the first ancestor (across shadow boundaries) with a mostly opaque
 * background colour decides; then the canvas.
 */
export function detectPageScheme(node: Node, win: Window = window): ColorScheme {
  let element = elementOf(node);
  let steps = 0;
  while (element && steps++ < 64) {
    const color = parseComputedColor(win.getComputedStyle(element).backgroundColor);
    if (color && color.a >= 0.5) return schemeOfColor(color);
    element = element.parentElement ?? hostOf(element);
  }
  return canvasScheme(win);
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function canvasScheme(win: Window): ColorScheme {
  const declared = win.getComputedStyle(win.document.documentElement).colorScheme || '';
  if (!declared.includes('dark')) return 'light';
  if (!declared.includes('light')) return 'dark';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
