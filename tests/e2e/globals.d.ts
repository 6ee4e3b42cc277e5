// Inside page.evaluate / serviceWorker.evaluate callbacks the browser's own `chrome` global is in scope.
declare const chrome: typeof import('wxt/browser').browser;
