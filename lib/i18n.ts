import type { GeneratedI18nStructure } from '#i18n';
import en from '../locales/en.yml';
import zhCN from '../locales/zh_CN.yml';
import zhTW from '../locales/zh_TW.yml';
import { DEFAULT_LANGUAGE, type Language } from './language';

/**
 * The UI's messages in a chosen language (lib/language.ts chooses). @wxt-dev/i18n (browser.i18n)
 * always follows the browser's language; the options can override it, so the extension pages read
 * the same locales/*.yml, bundled at build time, and pick the table themselves.
 */
export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
export type Substitutions = Record<string, string | number>;
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

const TABLES: Record<Language, Record<string, string>> = { zh_CN: zhCN, zh_TW: zhTW, en };

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

/** Every key each table has, for the test that all three stay complete. */
export function messageKeys(language: Language): string[] {
  return Object.keys(TABLES[language]);
}
