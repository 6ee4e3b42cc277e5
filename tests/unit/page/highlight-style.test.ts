import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../../../lib/categories';

const css = readFileSync('entrypoints/content/style.css', 'utf8');

test.each(CATEGORY_IDS)('the page stylesheet styles ::highlight(tifa-%s) in its category colour', (id) => {
  const color = CATEGORIES[id].color.toLowerCase();
  const rules = [...css.matchAll(new RegExp(`::highlight\\(tifa-${id}\\)\\s*\\{([^}]*)\\}`, 'g'))].map(
    (m) => m[1],
  );
  // One rule for every page, one stronger wash under a dark colour scheme.
  expect(rules).toHaveLength(2);
  expect(rules[0]).toMatch(new RegExp(`background-color:\\s*${color}[0-9a-f]{2};`));
  expect(rules[0]).toMatch(new RegExp(`text-decoration:[^;]*underline[^;]*${color}`));
  expect(rules[1]).toMatch(new RegExp(`background-color:\\s*${color}[0-9a-f]{2};`));
  // The text keeps the page's own colour.
  expect(rules.join('')).not.toMatch(/(^|[^-])color:/);
});
