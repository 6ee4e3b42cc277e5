import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './settings-migrations';
import {
  diffFromDefaults,
  resolveSettings,
  SETTINGS_VERSION,
  type Settings,
  type StoredSettings,
  sanitizeStored,
} from './settings-schema';
import { coveringSites, hostMatches } from './settings-sites';

export type { LanguageSetting, Settings, SiteMode, StoredSettings, Theme } from './settings-schema';
export {
  DEFAULT_SETTINGS,
  LANGUAGES,
  resolveSettings,
  SETTINGS_VERSION,
  THEMES,
} from './settings-schema';

const SETTINGS_KEY = 'sync:settings';

/**
 * The storage item, versioned: WXT keeps the version in `settings$` and runs SETTINGS_MIGRATIONS on
 * first use when the stored version is older. Exported for tests, which define it afresh after
 * putting a fixture into the fake storage.
 */
export function createSettingsItem() {
  return storage.defineItem<StoredSettings>(SETTINGS_KEY, {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

// Defined on first use, not at import: defining the item starts its migration, which needs the
// extension APIs (and tests replace those between cases).
let item: ReturnType<typeof createSettingsItem> | undefined;
function settingsItem() {
  item ??= createSettingsItem();
  return item;
}

export async function getSettings(): Promise<Settings> {
  return resolveSettings(await settingsItem().getValue());
}

/** What the user changed (the stored difference from the defaults), validated. */
export async function getStoredSettings(): Promise<StoredSettings> {
  return sanitizeStored(await settingsItem().getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((stored) => onChange(resolveSettings(stored ?? {})));
}

/** Applies a change and stores only what differs from the defaults. Returns the new settings. */
export async function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await getSettings();
  const patch = typeof change === 'function' ? change(current) : change;
  const next = resolveSettings({ ...diffFromDefaults(current), ...patch });
  // resolveSettings drops invalid fields, so the result of a bad patch is the default, never garbage.
  await settingsItem().setValue(diffFromDefaults(next));
  return next;
}

/** Replaces everything the user changed (an import). */
export async function replaceStoredSettings(stored: StoredSettings): Promise<void> {
  await settingsItem().setValue(diffFromDefaults(resolveSettings(stored)));
}

/** Back to the defaults: nothing stored. */
export async function resetSettings(): Promise<void> {
  await settingsItem().setValue({});
}

export function isActiveOnHost(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  return settings.siteMode === 'blocklist'
    ? !hostMatches(settings.blockedSites, hostname)
    : hostMatches(settings.allowedSites, hostname);
}

/**
 * The settings with the extension on or off for `host` in the current mode: in blocklist mode by
 * adding the host to, or removing every entry that covers it from, the blocked list; in allowlist
 * mode the other way round on the allowed list.
 */
export function withSiteActive(settings: Settings, host: string, active: boolean): Partial<Settings> {
  const field = settings.siteMode === 'blocklist' ? 'blockedSites' : 'allowedSites';
  const list = settings[field];
  const listed = settings.siteMode === 'blocklist' ? !active : active;
  if (listed) return hostMatches(list, host) ? {} : { [field]: [...list, host] };
  const covering = coveringSites(list, host);
  return { [field]: list.filter((site) => !covering.includes(site)) };
}
