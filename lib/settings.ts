import { storage } from 'wxt/utils/storage';
import { CATEGORY_IDS, type CategoryId } from './categories';

export interface Settings {
  enabled: boolean;
  categories: Record<CategoryId, boolean>;
  /** 'blocklist': on everywhere but `sites`; 'allowlist': on only on `sites`. */
  siteMode: 'blocklist' | 'allowlist';
  /** Host names, e.g. "www.xinhuanet.com". */
  sites: string[];
  theme: 'system' | 'light' | 'dark';
  showEnglish: boolean;
  matchTraditional: boolean;
  language: 'auto' | 'zh_CN' | 'zh_TW' | 'en';
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, true])) as Record<CategoryId, boolean>,
  siteMode: 'blocklist',
  sites: [],
  theme: 'system',
  showEnglish: true,
  matchTraditional: true,
  language: 'auto',
};

/** Only what the user changed is stored, so a later change of a default reaches everyone who kept it. */
export type StoredSettings = Partial<Omit<Settings, 'categories'>> & {
  categories?: Partial<Record<CategoryId, boolean>>;
};

const settingsItem = storage.defineItem<StoredSettings>('sync:settings', { fallback: {}, version: 1 });

export function resolveSettings(stored: StoredSettings): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    categories: { ...DEFAULT_SETTINGS.categories, ...stored.categories },
  };
}

export async function getSettings(): Promise<Settings> {
  return resolveSettings(await settingsItem.getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(resolveSettings(stored ?? {})));
}

export function isActiveOnHost(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const listed = settings.sites.includes(hostname);
  return settings.siteMode === 'blocklist' ? !listed : listed;
}
