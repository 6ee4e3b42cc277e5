import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Loaded early, started at DOMContentLoaded (session.ts): the settings and the dictionary are
  // ready by then, so the first screen's highlights can be in the first paint. (At document_end or
  // document_idle Chromium runs us only around the load event, 100-200 ms later on a long page.)
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  // Everything runs from main: WXT imports this file at build time without main, and only what
  // main uses is dropped with it (the card's inline CSS cannot be loaded in that import).
  main: (ctx) => runContentScript(ctx),
});
