import { CATEGORY_IDS, type CategoryId, isCategoryId } from './categories';
import { isHostName } from './settings-sites';

/**
 * The shape of the settings, current version. Kept free of extension APIs and of valibot so the
 * content script can import it cheaply; lib/settings-file.ts holds the strict schema for imports.
 */
export const SETTINGS_VERSION = 2;

export const THEMES = ['system', 'light', 'dark'] as const;
export const LANGUAGES = ['auto', 'zh_CN', 'zh_TW', 'en'] as const;
export const SITE_MODES = ['blocklist', 'allowlist'] as const;

export type Theme = (typeof THEMES)[number];
export type LanguageSetting = (typeof LANGUAGES)[number];
export type SiteMode = (typeof SITE_MODES)[number];

export interface Settings {
  enabled: boolean;
  categories: Record<CategoryId, boolean>;
  /** 'blocklist': on everywhere but `blockedSites`; 'allowlist': on only on `allowedSites`. */
  siteMode: SiteMode;
  /**
   * Host names (lower case, punycode), each covering its subdomains. Two lists, so switching the mode
   * back and forth loses neither (v1 had one `sites` list that changed meaning with the mode).
   */
  blockedSites: string[];
  allowedSites: string[];
  theme: Theme;
  showEnglish: boolean;
  matchTraditional: boolean;
  /** 'auto' follows the browser's language. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, true])) as Record<CategoryId, boolean>,
  siteMode: 'blocklist',
  blockedSites: [],
  allowedSites: [],
  theme: 'system',
  showEnglish: true,
  matchTraditional: true,
  language: 'auto',
};

/** Only what the user changed is stored, so a later change of a default reaches everyone who kept it. */
export type StoredSettings = Partial<Omit<Settings, 'categories'>> & {
  categories?: Partial<Record<CategoryId, boolean>>;
};

type FieldName = Exclude<keyof Settings, 'categories'>;

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);
const isHostList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && isHostName(item));

/** One check per stored field: what a value must be to be used. */
const FIELD_CHECKS: { [K in FieldName]: (value: unknown) => value is Settings[K] } = {
  enabled: isBoolean,
  siteMode: oneOf(SITE_MODES),
  blockedSites: isHostList,
  allowedSites: isHostList,
  theme: oneOf(THEMES),
  showEnglish: isBoolean,
  matchTraditional: isBoolean,
  language: oneOf(LANGUAGES),
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What storage holds, reduced to the fields that are valid now. Storage is synced between devices
 * that may run other versions, and a failed migration leaves the old value in place: a bad field
 * falls back to its default instead of breaking every page.
 */
export function sanitizeStored(value: unknown): StoredSettings {
  if (!isPlainObject(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(FIELD_CHECKS)) {
    if (check(value[name])) out[name] = value[name];
  }
  if (isPlainObject(value.categories)) {
    const categories: Partial<Record<CategoryId, boolean>> = {};
    for (const [id, on] of Object.entries(value.categories)) {
      if (isCategoryId(id) && typeof on === 'boolean') categories[id] = on;
    }
    if (Object.keys(categories).length > 0) out.categories = categories;
  }
  return out as StoredSettings;
}

export function resolveSettings(stored: StoredSettings): Settings {
  const clean = sanitizeStored(stored);
  return {
    ...DEFAULT_SETTINGS,
    ...clean,
    categories: { ...DEFAULT_SETTINGS.categories, ...clean.categories },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The fields of `settings` that differ from the defaults: what gets stored. */
export function diffFromDefaults(settings: Settings): StoredSettings {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(FIELD_CHECKS) as FieldName[]) {
    if (!sameValue(settings[name], DEFAULT_SETTINGS[name])) out[name] = settings[name];
  }
  const categories: Partial<Record<CategoryId, boolean>> = {};
  for (const id of CATEGORY_IDS) {
    if (settings.categories[id] !== DEFAULT_SETTINGS.categories[id]) categories[id] = settings.categories[id];
  }
  if (Object.keys(categories).length > 0) out.categories = categories;
  return out as StoredSettings;
}
