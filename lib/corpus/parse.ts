import { isBlankLine, linesToParagraphs } from './paragraphs';
import type { CompilationMeta, Speech, SpeechMeta } from './types';

/** Site markers around the paid part of the page the compilation was copied from. */
const SITE_MARKER = /##paid(?:begin|end)##/g;
/**
 * U+240E (SYMBOL FOR SHIFT OUT, a control picture) stands where the source had a middle dot
 * (百年成就巡礼␎兵团篇): a mis-encoded · from the publishing system.
 */
const CONTROL_PICTURE_DOT = /\u240e/g;

/** Cleans the raw file: BOM, line endings, site markers, the mis-encoded middle dot. */
function normaliseSource(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(SITE_MARKER, '')
    .replace(CONTROL_PICTURE_DOT, '·');
}

/** Titles compare equal whatever their spacing: 强化政治机关意识 提升引领发展之能. */
function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}

/** A table-of-contents line: optional number, title, a tab, a page number. */
const TOC_LINE = /^\s*(?:\d+\s*[.．、]\s*)?(.+?)[ \u00a0]*\t\s*\d+\s*$/;

export interface TableOfContents {
  titles: string[];
  /** Index of the first line after the table of contents. */
  end: number;
}

/**
 * Finds the table of contents: the first run of lines ending in a tab and a page number (blank
 * lines inside it allowed). Lines before it (the compilation's title, 目录) are front matter.
 */
export function findTableOfContents(lines: readonly string[]): TableOfContents | undefined {
  const first = lines.findIndex((line) => TOC_LINE.test(line));
  if (first < 0) return undefined;
  const titles: string[] = [];
  let end = first;
  for (let i = first; i < lines.length; i++) {
    const m = TOC_LINE.exec(lines[i]);
    if (m) {
      titles.push(m[1].trim());
      end = i + 1;
    } else if (!isBlankLine(lines[i])) {
      break;
    }
  }
  return { titles, end };
}

function sortedMeta(meta: CompilationMeta): SpeechMeta[] {
  return [...meta.speeches].sort((a, b) => a.order - b.order);
}

/**
 * Parses a compilation of several speeches. With a table of contents, its titles give the speeches
 * and their order, and meta entry k (by `order`) must carry the title of entry k; without one, the
 * meta titles are looked for in the text in order. Each speech runs from its title line to the
 * next speech's title line.
 */
export function parseCompilation(text: string, meta: CompilationMeta): Speech[] {
  const lines = normaliseSource(text).split('\n');
  const metas = sortedMeta(meta);
  const toc = findTableOfContents(lines);
  let cursor = 0;
  if (toc) {
    if (toc.titles.length !== metas.length) {
      throw new Error(
        `table of contents lists ${toc.titles.length} speeches but the metadata describes ${metas.length}`,
      );
    }
    toc.titles.forEach((title, k) => {
      if (!sameTitle(title, metas[k].title)) {
        throw new Error(
          `speech ${k + 1}: table of contents says “${title}” but metadata (order ${metas[k].order}) says “${metas[k].title}”`,
        );
      }
    });
    cursor = toc.end;
  }

  const starts: number[] = [];
  for (const m of metas) {
    let found = -1;
    for (let i = cursor; i < lines.length; i++) {
      if (sameTitle(lines[i], m.title)) {
        found = i;
        break;
      }
    }
    if (found < 0) throw new Error(`speech “${m.title}” (${m.id}): title line not found in the text`);
    starts.push(found);
    cursor = found + 1;
  }

  return metas.map((m, k) => ({
    id: m.id,
    title: m.title,
    issuer: m.issuer,
    ...(m.issuerEn === undefined ? {} : { issuerEn: m.issuerEn }),
    order: m.order,
    paragraphs: linesToParagraphs(lines.slice(starts[k] + 1, starts[k + 1] ?? lines.length)),
  }));
}

export interface ParseSpeechOptions {
  id: string;
  issuer?: string;
  issuerEn?: string;
  order?: number;
}

/**
 * Parses one speech from a plain text file whose first non-blank line is its title, so users can
 * add speeches without writing metadata. The same clean-up as for the compilation applies.
 */
export function parseSpeech(text: string, options: ParseSpeechOptions): Speech {
  const lines = normaliseSource(text).split('\n');
  const titleLine = lines.findIndex((line) => !isBlankLine(line));
  if (titleLine < 0) throw new Error(`speech ${options.id}: the file is empty`);
  return {
    id: options.id,
    title: lines[titleLine].trim(),
    issuer: options.issuer ?? '',
    ...(options.issuerEn === undefined ? {} : { issuerEn: options.issuerEn }),
    order: options.order ?? 1,
    paragraphs: linesToParagraphs(lines.slice(titleLine + 1)),
  };
}

/**
 * A stable id for a speech file without metadata: its name as an ascii slug, or, for a name
 * with no ascii letters (党课讲稿.txt), a short hash of it.
 */
export function speechIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (/[a-z]/.test(slug)) return slug;
  let hash = 0x811c9dc5; // FNV-1a, 32 bit
  for (let i = 0; i < base.length; i++) {
    hash ^= base.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `speech-${slug ? `${slug}-` : ''}${(hash >>> 0).toString(36)}`;
}
