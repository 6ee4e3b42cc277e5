import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeMessagesPlugin } from './lib/i18n-yaml-plugin';
import { tifaDictionary } from './lib/lexicon/vite-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (several people testing at once) each get their own output folder.
  outDir: process.env.TIFA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab: the popup learns the active tab's address (for "this site on/off") when the user
    // opens it; no install warning, unlike "tabs" or host permissions.
    permissions: ['storage', 'activeTab'],
    // Move through the terms of the page (lib/background/commands.ts forwards them to the tab).
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_card_nextTerm__' },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_card_previousTerm__',
      },
    },
    // Firefox keeps storage.sync only for add-ons with an explicit id.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every add-on to declare what it collects: nothing leaves this one.
        gecko: { id: 'tifa-lens@tifa-lens.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // tifaDictionary: 'virtual:tifa-dictionary', built from assets/lexicon and assets/corpus.
  // localeMessagesPlugin: the extension pages import locales/*.yml for the language override (lib/i18n.ts).
  vite: () => ({ plugins: [preact(), tifaDictionary(), localeMessagesPlugin()] }),
});
