import { browser } from 'wxt/browser';
import { CATEGORIES, type CategoryId } from './categories';
import type { LanguageSetting } from './settings-schema';

/**
 * Which of the three UI languages to show, for the extension pages and the term card alike. Kept
 * apart from lib/i18n.ts (the message tables) so the content script can ask without bundling them.
 */
export type Language = 'zh_CN' | 'zh_TW' | 'en';
export const UI_LANGUAGES: readonly Language[] = ['zh_CN', 'zh_TW', 'en'];
/** The manifest's default_locale: what browser.i18n shows for a language we have no table for. */
export const DEFAULT_LANGUAGE: Language = 'zh_CN';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 tag (navigator / getUILanguage) to one of our tables, as Chrome's fallback would pick. */
export function languageFromTag(tag: string): Language {
  const lower = tag.toLowerCase().replace('_', '-');
  if (lower.startsWith('zh')) {
    return /^zh-(tw|hk|mo|hant)/.test(lower) ? 'zh_TW' : 'zh_CN';
  }
  if (lower.startsWith('en')) return 'en';
  return DEFAULT_LANGUAGE;
}

/**
 * The language for a setting: the setting when it names one; for 'auto' the table browser.i18n
 * chose (its `locale_id` message), so the pages, the card and the manifest never disagree.
 */
export function resolveLanguage(setting: LanguageSetting): Language {
  if (setting !== 'auto') return setting;
  try {
    // browser.i18n's types know only the manifest's messages; locale_id is one of ours.
    const chosen = (browser.i18n.getMessage as (key: string) => string)('locale_id');
    if (isLanguage(chosen)) return chosen;
    return languageFromTag(browser.i18n.getUILanguage());
  } catch {
    // Outside an extension (unit tests): the environment's language.
    return languageFromTag(globalThis.navigator?.language ?? DEFAULT_LANGUAGE);
  }
}

/** A category's name in `language` (lib/categories.ts holds the three spellings). */
export function categoryName(id: CategoryId, language: Language): string {
  const info = CATEGORIES[id];
  return language === 'en' ? info.en : language === 'zh_TW' ? info.zhHant : info.zh;
}

/** The lang attribute for text in `language`: the script is what picks the right glyphs. */
export function htmlLang(language: Language): string {
  return language === 'zh_CN' ? 'zh-Hans' : language === 'zh_TW' ? 'zh-Hant' : 'en';
}
