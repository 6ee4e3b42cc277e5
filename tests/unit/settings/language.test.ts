import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { categoryName, htmlLang, languageFromTag, resolveLanguage } from '../../../lib/language';

afterEach(() => {
  vi.restoreAllMocks();
});

test('browser language tags map to a table', () => {
  expect(languageFromTag('zh-CN')).toBe('zh_CN');
  expect(languageFromTag('zh')).toBe('zh_CN');
  expect(languageFromTag('zh-TW')).toBe('zh_TW');
  expect(languageFromTag('zh-HK')).toBe('zh_TW');
  expect(languageFromTag('zh-Hant-TW')).toBe('zh_TW');
  expect(languageFromTag('zh_Hant')).toBe('zh_TW');
  expect(languageFromTag('en-GB')).toBe('en');
  // Like Chrome, anything else falls back to the default locale (the manifest's zh_CN).
  expect(languageFromTag('de')).toBe('zh_CN');
});

test('a language setting is used as it is, whatever the browser says', () => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('en');
  expect(resolveLanguage('zh_TW')).toBe('zh_TW');
  expect(resolveLanguage('zh_CN')).toBe('zh_CN');
});

test('"auto" takes the table browser.i18n chose, so the card, the pages and the manifest agree', () => {
  const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('zh_TW');
  expect(resolveLanguage('auto')).toBe('zh_TW');
  expect(getMessage).toHaveBeenCalledWith('locale_id');
  // No answer (an old build without locale_id): the browser's UI language decides.
  getMessage.mockReturnValue('');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  expect(resolveLanguage('auto')).toBe('en');
});

test('category names and lang attributes per language', () => {
  expect(categoryName('core', 'zh_CN')).toBe('核心政治提法');
  expect(categoryName('institution', 'zh_TW')).toBe('組織生活與制度');
  expect(categoryName('meeting', 'en')).toBe('Meetings and documents');
  expect(htmlLang('zh_CN')).toBe('zh-Hans');
  expect(htmlLang('zh_TW')).toBe('zh-Hant');
  expect(htmlLang('en')).toBe('en');
});
