import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlVisibleText, looksLikeHtml } from '../../../lib/text/html-visible-text';

describe('htmlVisibleText', () => {
  const { text, blocks } = htmlVisibleText(readFileSync('tests/fixtures/cli/page.html', 'utf8'));
  const blockTexts = blocks.map(([from, to]) => text.slice(from, to).trim()).filter((b) => b.length > 0);

  it('drops scripts, styles, noscript and templates', () => {
    expect(text).not.toContain('hidden');
    expect(text).not.toContain('content:');
    expect(blockTexts).not.toContain('两个维护');
  });

  it('keeps the title, joins inline elements and decodes character references', () => {
    expect(blockTexts).toContain('四个意识 学习');
    expect(blockTexts).toContain('牢固树立四个意识，坚定四个\u200b自信。');
  });

  it('separates blocks, and each block is a slice of the text', () => {
    expect(blockTexts).toEqual(
      expect.arrayContaining(['坚决做到两个', '维护，不跨段落。', '落实中央八项规定精神']),
    );
    for (const [from, to] of blocks) {
      expect(to).toBeGreaterThan(from);
      expect(text.slice(to, to + 1)).toMatch(/^\n?$/);
    }
  });

  it('treats <br> as a break', () => {
    const result = htmlVisibleText('<p>两个<br>维护</p>');
    expect(result.blocks.map(([a, b]) => result.text.slice(a, b))).toEqual(['两个', '维护']);
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents, not text that merely mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('\n  <!-- c --> <html lang="zh">')).toBe(true);
    expect(looksLikeHtml('四个意识 <b>')).toBe(false);
  });
});
