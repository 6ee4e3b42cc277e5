import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeMessagesPlugin } from './lib/i18n-yaml-plugin';
import { tifaDictionary } from './lib/lexicon/vite-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // tifaDictionary: unit tests can import lib/dictionary-runtime.ts ('virtual:tifa-dictionary').
        // localeMessagesPlugin: lib/i18n.ts imports locales/*.yml.
        plugins: [WxtVitest(), tifaDictionary(), localeMessagesPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition (a frame's report, a re-render): 1 s by default, too
          // short on a busy machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
