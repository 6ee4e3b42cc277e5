// The pages of `npm run bench:page`: the stress page is generated from the corpus, deterministic.
import { readFileSync } from 'node:fs';

export const CORPUS_PATH = 'assets/corpus/speeches-2021.txt';
const NEWS_FIXTURE = 'tests/fixtures/pages/news-people.html';

/** The corpus's paragraphs: its text lines, without the table of contents and the site markers. */
function corpusParagraphs(): string[] {
  return readFileSync(CORPUS_PATH, 'utf8')
    .replaceAll(/##paid(begin|end)##/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 20 && !/\t\d+$/.test(line));
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * About `totalChars` characters of corpus text in paragraphs of about `paragraphChars`, as an
 * article page. Every seventh paragraph carries inline markup (a link, bold text) as real pages do.
 */
export function stressPage({
  totalChars = 1_000_000,
  paragraphChars = 200,
}: {
  totalChars?: number;
  paragraphChars?: number;
} = {}): { html: string; paragraphs: number; chars: number } {
  const source = corpusParagraphs().join('');
  const parts: string[] = [];
  let chars = 0;
  let offset = 0;
  while (chars < totalChars) {
    let text = '';
    while (text.length < paragraphChars) {
      const take = Math.min(paragraphChars - text.length, source.length - offset);
      text += source.slice(offset, offset + take);
      offset = (offset + take) % source.length;
    }
    const n = parts.length;
    let html = escapeHtml(text);
    if (n % 7 === 3) {
      html = `${escapeHtml(text.slice(0, 40))}<a href="#p${n}">${escapeHtml(text.slice(40, 60))}</a>${escapeHtml(text.slice(60))}`;
    } else if (n % 7 === 5) {
      html = `<b>${escapeHtml(text.slice(0, 12))}</b>${escapeHtml(text.slice(12))}`;
    }
    parts.push(`<p id="p${n}">${html}</p>`);
    chars += text.length;
  }
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8"><title>压力测试：一百万字</title>',
    '<style>body{font:16px/1.8 "WenQuanYi Micro Hei",sans-serif;margin:24px auto;max-width:860px}</style>',
    '</head><body><h1>政治机关建设工作开展情况研讨发言汇编（压力测试）</h1><article>',
    ...parts,
    '</article></body></html>',
  ].join('\n');
  return { html, paragraphs: parts.length, chars };
}

export function newsPage(): string {
  return readFileSync(NEWS_FIXTURE, 'utf8');
}
