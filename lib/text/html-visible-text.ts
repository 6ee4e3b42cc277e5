import { Parser } from 'htmlparser2';

/** Elements whose content a browser never renders as text. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'svg',
  'math',
]);
/** `head` is hidden except for the title, which browsers show. */
const SHOWN_IN_HIDDEN = new Set(['title']);

/** Elements that break the flow of text: a term never spans two of them (as on the page). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

export interface VisibleText {
  /** The visible text: blocks joined by a line break, entities decoded. */
  text: string;
  /** [start, end) of each non-empty block within `text`. */
  blocks: [number, number][];
}

/**
 * The text a reader sees in an HTML document: scripts, styles and other unrendered elements
 * dropped, character references decoded (&#8203; becomes U+200B), inline elements joined
 * (四个<b>意识</b> stays 四个意识) and block elements separated.
 */
export function htmlVisibleText(html: string): VisibleText {
  let text = '';
  const blocks: [number, number][] = [];
  let blockStart = 0;
  // Depth inside hidden elements, and whether a shown element (title) re-opened text inside one.
  let hidden = 0;
  let shown = 0;
  const endBlock = () => {
    if (text.length > blockStart) {
      blocks.push([blockStart, text.length]);
      text += '\n';
    }
    blockStart = text.length;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (BLOCKS.has(name)) endBlock();
        if (SHOWN_IN_HIDDEN.has(name)) shown++;
        else if (HIDDEN.has(name)) hidden++;
      },
      onclosetag(name) {
        if (SHOWN_IN_HIDDEN.has(name)) shown = Math.max(0, shown - 1);
        else if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCKS.has(name)) endBlock();
      },
      ontext(data) {
        if (hidden === 0 || shown > 0) text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  // The last block's separator is not part of the text.
  if (text.endsWith('\n') && blocks.length > 0 && blocks[blocks.length - 1][1] === text.length - 1) {
    text = text.slice(0, -1);
  }
  return { text, blocks };
}

/** Whether a file's text looks like HTML (for standard input and files without an .html name). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}
