// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  detectPageScheme,
  parseComputedColor,
  relativeLuminance,
  schemeOfColor,
} from '../../../lib/page/page-scheme';

describe('parseComputedColor', () => {
  it('reads the serialisations browsers use', () => {
    expect(parseComputedColor('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseComputedColor('rgba(255, 255, 255, 0.25)')).toEqual({ r: 255, g: 255, b: 255, a: 0.25 });
    expect(parseComputedColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseComputedColor('transparent')?.a).toBe(0);
    expect(parseComputedColor('color(srgb 1 1 1)')).toBeUndefined();
  });
});

describe('schemeOfColor', () => {
  it('is dark for dark backgrounds and light for light ones', () => {
    expect(schemeOfColor({ r: 0, g: 0, b: 0, a: 1 })).toBe('dark');
    expect(schemeOfColor({ r: 34, g: 39, b: 46, a: 1 })).toBe('dark');
    expect(schemeOfColor({ r: 255, g: 255, b: 255, a: 1 })).toBe('light');
    expect(schemeOfColor({ r: 245, g: 240, b: 225, a: 1 })).toBe('light');
    // Mid grey #777: black text contrasts more than white.
    expect(schemeOfColor({ r: 0x77, g: 0x77, b: 0x77, a: 1 })).toBe('light');
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });
});

describe('detectPageScheme', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('style');
  });

  it('takes the nearest opaque background above the node', () => {
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    const section = document.createElement('section');
    section.style.backgroundColor = 'rgb(20, 22, 25)';
    const p = document.createElement('p');
    p.style.backgroundColor = 'rgba(255, 255, 255, 0.1)';
    p.textContent = '四个意识';
    section.append(p);
    document.body.append(section);
    expect(detectPageScheme(p.firstChild as Node)).toBe('dark');
    section.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(detectPageScheme(p.firstChild as Node)).toBe('light');
  });

  it('crosses shadow boundaries', () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    span.textContent = '两个维护';
    root.append(span);
    document.body.append(host);
    expect(detectPageScheme(span.firstChild as Node)).toBe('dark');
  });

  it('falls back to the canvas: light unless the root declares only dark', () => {
    const p = document.createElement('p');
    document.body.append(p);
    expect(detectPageScheme(p)).toBe('light');
    document.documentElement.style.setProperty('color-scheme', 'dark');
    expect(detectPageScheme(p)).toBe('dark');
  });
});
