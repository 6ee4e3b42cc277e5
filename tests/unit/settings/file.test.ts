import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFileName,
  settingsFileText,
} from '../../../lib/settings-file';
import { SETTINGS_VERSION } from '../../../lib/settings-schema';

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings, ...extra });

test('an export reads back as the same settings', () => {
  const settings = {
    enabled: false,
    theme: 'dark' as const,
    blockedSites: ['people.com.cn'],
    categories: { idiom: false },
    language: 'zh_TW' as const,
  };
  const text = settingsFileText(settings, new Date('2025-03-04T00:00:00Z'));
  expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION });
  expect(parseSettingsFile(text)).toEqual({ ok: true, settings, fromVersion: SETTINGS_VERSION });
  expect(settingsFileName(new Date('2025-03-04T00:00:00Z'))).toBe('tifa-lens-settings-2025-03-04.json');
});

test('a v1 export is migrated on import', () => {
  const text = readFileSync('tests/fixtures/settings/export-v1.json', 'utf8');
  expect(parseSettingsFile(text)).toEqual({
    ok: true,
    fromVersion: 1,
    settings: {
      siteMode: 'blocklist',
      blockedSites: ['www.xinhuanet.com', 'people.com.cn'],
      categories: { meeting: false },
      theme: 'dark',
    },
  });
});

describe('refused files say what is wrong', () => {
  test('malformed JSON', () => {
    const result = parseSettingsFile('{"format": "tifa-lens-settings", ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ reason: 'not-json' });
      expect(result.problems[0]).toHaveProperty('detail', expect.stringMatching(/JSON/));
    }
  });

  test.each([
    ['an array', '[1, 2]'],
    ['a number', '42'],
    ['a package.json', JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} })],
    ['another format', JSON.stringify({ format: 'other-extension', version: 1, settings: {} })],
  ])('foreign JSON: %s', (_name, text) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, problems: [{ reason: 'foreign' }] });
  });

  test('a version this build does not know', () => {
    expect(parseSettingsFile(file({}, { version: SETTINGS_VERSION + 1 }))).toEqual({
      ok: false,
      problems: [{ reason: 'newer-version', version: SETTINGS_VERSION + 1 }],
    });
    expect(parseSettingsFile(file({}, { version: '2' }))).toEqual({
      ok: false,
      problems: [{ reason: 'bad-version', path: 'version' }],
    });
  });

  test('wrong types, with their paths', () => {
    const result = parseSettingsFile(
      file({ enabled: 'yes', theme: 'purple', categories: { core: 1 }, blockedSites: 'a.com' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => ['path' in p ? p.path : '', p]));
    expect(Object.keys(byPath).sort()).toEqual([
      'settings.blockedSites',
      'settings.categories.core',
      'settings.enabled',
      'settings.theme',
    ]);
    expect(byPath['settings.enabled']).toEqual({
      reason: 'wrong-type',
      path: 'settings.enabled',
      expected: 'boolean',
      received: '"yes"',
    });
    expect(byPath['settings.theme']).toMatchObject({
      reason: 'wrong-type',
      expected: expect.stringContaining('"dark"'),
    });
  });

  test.each([
    ['missing', undefined, 'undefined'],
    ['null', null, 'null'],
    ['an array', [], 'Array'],
    ['a string', 'dark', '"dark"'],
  ])('settings %s: refused, not read as "all defaults"', (_name, settings, received) => {
    expect(parseSettingsFile(file(settings))).toEqual({
      ok: false,
      problems: [{ reason: 'wrong-type', path: 'settings', expected: 'Object', received }],
    });
  });

  test('an unknown category and an unknown setting', () => {
    const result = parseSettingsFile(file({ categories: { core: true, sports: false }, fontSize: 3 }));
    expect(result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { reason: 'unknown-category', path: 'settings.categories.sports', name: 'sports' },
        { reason: 'unknown-setting', path: 'settings.fontSize' },
      ]),
    });
  });

  test('a site that is no host name', () => {
    expect(parseSettingsFile(file({ blockedSites: ['ok.com', 'https://x.com/'] }))).toEqual({
      ok: false,
      problems: [{ reason: 'bad-host', path: 'settings.blockedSites.1', value: 'https://x.com/' }],
    });
  });

  test('a v1 file is checked against the v1 schema', () => {
    const result = parseSettingsFile(file({ sites: [1] }, { version: 1 }));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ reason: 'wrong-type', path: 'settings.sites.0' }],
    });
    // blockedSites did not exist in v1.
    expect(parseSettingsFile(file({ blockedSites: [] }, { version: 1 }))).toMatchObject({
      ok: false,
      problems: [{ reason: 'unknown-setting', path: 'settings.blockedSites' }],
    });
  });

  test('a huge file is refused before parsing', () => {
    expect(parseSettingsFile(' '.repeat(600 * 1024))).toMatchObject({
      ok: false,
      problems: [{ reason: 'too-large' }],
    });
  });
});
