import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';
import en from '../locales/en.yml';
import zhCN from '../locales/zh_CN.yml';
import zhTW from '../locales/zh_TW.yml';
import { CATEGORIES, type CategoryId } from './categories';
import type { LanguageSetting } from './settings-schema';

/**
 * The UI's messages in a chosen language. @wxt-dev/i18n (browser.i18n) always follows the browser's
 * language; the options can override it, so the extension pages read the same locales/*.yml,
 * bundled at build time, and pick the table themselves. 'auto' asks browser.i18n which table it
 * chose (the `locale_id` message), so the manifest and the pages never disagree.
 */
export type Language = 'zh_CN' | 'zh_TW' | 'en';
export const UI_LANGUAGES: readonly Language[] = ['zh_CN', 'zh_TW', 'en'];

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
export type Substitutions = Record<string, string | number>;
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

const TABLES: Record<Language, Record<string, string>> = { zh_CN: zhCN, zh_TW: zhTW, en };
const DEFAULT_LANGUAGE: Language = 'zh_CN';

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

export function resolveLanguage(setting: LanguageSetting): Language {
  if (setting !== 'auto') return setting;
  try {
    // browser.i18n's types know only the manifest's messages; locale_id is one of ours.
    const chosen = (browser.i18n.getMessage as (key: string) => string)('locale_id');
    if (isLanguage(chosen)) return chosen;
    return languageFromTag(browser.i18n.getUILanguage());
  } catch {
    // Outside an extension page (tests): the environment's language.
    return languageFromTag(globalThis.navigator?.language ?? DEFAULT_LANGUAGE);
  }
}

/** The message for `key` in `language` (falling back to the default table), with {name} filled in. */
export function translate(language: Language, key: MessageKey, substitutions?: Substitutions): string {
  const id = String(key).replaceAll('.', '_');
  const message = TABLES[language][id] ?? TABLES[DEFAULT_LANGUAGE][id] ?? key;
  if (!substitutions) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.hasOwn(substitutions, name) ? String(substitutions[name]) : match,
  );
}

export function translator(language: Language): Translate {
  return (key, substitutions) => translate(language, key, substitutions);
}

/** A category's name in `language` (lib/categories.ts holds the three spellings). */
export function categoryName(id: CategoryId, language: Language): string {
  const info = CATEGORIES[id];
  return language === 'en' ? info.en : language === 'zh_TW' ? info.zhHant : info.zh;
}

/** The lang attribute for a page in `language`. */
export function htmlLang(language: Language): string {
  return language === 'zh_CN' ? 'zh-Hans' : language === 'zh_TW' ? 'zh-Hant' : 'en';
}

/** Every key each table has, for the test that all three stay complete. */
export function messageKeys(language: Language): string[] {
  return Object.keys(TABLES[language]);
}
