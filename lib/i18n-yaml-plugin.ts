import { readFile } from 'node:fs/promises';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Plugin } from 'vite';

/**
 * Lets the extension pages import locales/*.yml as the same message table that @wxt-dev/i18n writes
 * to _locales/<lang>/messages.json ({ key: message }), so lib/i18n.ts can show a language other than
 * the browser's. Build time only: the YAML parser never reaches a bundle.
 */
export function localeMessagesPlugin(): Plugin {
  return {
    name: 'tifa-locale-messages',
    enforce: 'pre',
    async load(id) {
      const [file] = id.split('?');
      if (!file || !/[\\/]locales[\\/][A-Za-z_]+\.ya?ml$/.test(file)) return null;
      const messages = generateChromeMessages(parseMessagesText(await readFile(file, 'utf8'), 'YAML'));
      const table = Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message]));
      return { code: `export default ${JSON.stringify(table)};`, map: null };
    },
  };
}
