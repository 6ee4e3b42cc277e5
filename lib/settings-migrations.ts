import { isPlainObject, SETTINGS_VERSION } from './settings-schema';
import { normaliseSites } from './settings-sites';

/**
 * Migrations of the stored settings, keyed by the version they produce (WXT storage's convention).
 * Each takes what the previous version stored, which may be anything a user or another device put
 * there, and never throws: what it cannot read it drops, and the defaults fill the gap.
 * Every past version has a fixture in tests/fixtures/settings/v<N>.json.
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  /**
   * v1 → v2: one `sites` list whose meaning flipped with `siteMode` becomes two lists (blockedSites,
   * allowedSites), so switching the mode no longer turns "off on these" into "on only on these".
   * Entries are normalised to bare host names (v1 kept what was typed, addresses included).
   */
  2: (stored) => {
    if (!isPlainObject(stored)) return {};
    const { sites, ...rest } = stored;
    const list = Array.isArray(sites) ? normaliseSites(sites) : [];
    if (list.length === 0) return rest;
    const field = rest.siteMode === 'allowlist' ? 'allowedSites' : 'blockedSites';
    return { ...rest, [field]: list };
  },
};

/** Runs every migration after `fromVersion` up to the current version. */
export function migrateSettings(stored: unknown, fromVersion: number): unknown {
  let value = stored;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (migrate) value = migrate(value);
  }
  return value;
}
