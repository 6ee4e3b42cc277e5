import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (several people testing at once) each get their own output folder.
  outDir: process.env.TIFA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    // Firefox keeps storage.sync only for add-ons with an explicit id.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'tifa-lens@tifa-lens.invalid' } } }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
