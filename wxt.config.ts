import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (several people testing at once) each get their own output folder.
  outDir: process.env.TIFA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
