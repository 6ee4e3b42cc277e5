import { CATEGORIES, CATEGORY_IDS } from '../../categories';
import { HIGHLIGHT_PREFIX } from '../../page/highlight-registry';

/**
 * ::highlight() rules for the reader, one per category, from the colours in lib/categories.ts: a
 * tinted background and an underline in the category's colour, stronger on dark backgrounds.
 */
function highlightRules(): string {
  return CATEGORY_IDS.map((id) => {
    const color = CATEGORIES[id].color;
    const name = HIGHLIGHT_PREFIX + id;
    return [
      `::highlight(${name}) { background-color: color-mix(in srgb, ${color} 18%, transparent);`,
      ` text-decoration: underline 2px ${color}; text-underline-offset: 3px; }`,
      `:root[data-theme="dark"] ::highlight(${name}) { background-color: color-mix(in srgb, ${color} 34%, transparent); }`,
    ].join('');
  }).join('\n');
}

/** Adds the rules to a document once (a constructed sheet: no <style> markup is written). */
export function adoptHighlightRules(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightRules());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
