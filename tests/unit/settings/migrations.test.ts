import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsItem, getSettings, SETTINGS_VERSION, type Settings } from '../../../lib/settings';
import { migrateSettings, SETTINGS_MIGRATIONS } from '../../../lib/settings-migrations';
import { resolveSettings } from '../../../lib/settings-schema';

const FIXTURES = 'tests/fixtures/settings';

interface Fixture {
  description: string;
  storage: { settings: unknown; settings$: { v: number } };
  expected: Settings;
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^v\d+(-[a-z0-9-]+)?\.json$/.test(name))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture) }));

beforeEach(() => {
  fakeBrowser.reset();
});

test('every version, past and current, has a stored fixture', () => {
  const versions = new Set(fixtures.map((f) => f.storage.settings$.v));
  for (let version = 1; version <= SETTINGS_VERSION; version++) expect(versions).toContain(version);
});

test('every version after the first has a migration', () => {
  for (let version = 2; version <= SETTINGS_VERSION; version++) {
    expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
  }
});

describe.each(fixtures)('$name', (fixture) => {
  test('reads back as the expected settings through WXT storage, migrated and re-versioned', async () => {
    await fakeBrowser.storage.sync.set(fixture.storage);
    const item = createSettingsItem();
    expect(resolveSettings(await item.getValue())).toEqual(fixture.expected);
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
    // The migrated value is written back: a second reader sees the new shape without migrating.
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).not.toHaveProperty('sites');
    expect(resolveSettings(settings as never)).toEqual(fixture.expected);
  });

  test('the pure migration gives the same result', () => {
    const migrated = migrateSettings(fixture.storage.settings, fixture.storage.settings$.v);
    expect(resolveSettings(migrated as never)).toEqual(fixture.expected);
  });
});

test('getSettings migrates a v1 value left in storage', async () => {
  const v1 = fixtures.find((f) => f.name === 'v1.json');
  await fakeBrowser.storage.sync.set(v1?.storage ?? {});
  // The module's item is defined on first use; a fresh module sees the fixture.
  vi.resetModules();
  const { getSettings: freshGetSettings } = await import('../../../lib/settings');
  expect(await freshGetSettings()).toEqual(v1?.expected);
});

test('the v1 → v2 migration keeps unknown garbage from breaking anything', () => {
  expect(migrateSettings(null, 1)).toEqual({});
  expect(migrateSettings('oops', 1)).toEqual({});
  expect(migrateSettings({ sites: 'www.a.com' }, 1)).toEqual({});
  expect(migrateSettings({ sites: [42, 'a.com'], theme: 'dark' }, 1)).toEqual({
    theme: 'dark',
    blockedSites: ['a.com'],
  });
});

test('an empty store gives the defaults', async () => {
  const settings = await getSettings();
  expect(settings.enabled).toBe(true);
  expect(settings.siteMode).toBe('blocklist');
});
