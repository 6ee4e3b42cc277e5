import * as v from 'valibot';
import { CATEGORY_IDS } from './categories';
import { migrateSettings } from './settings-migrations';
import {
  isPlainObject,
  LANGUAGES,
  SETTINGS_VERSION,
  SITE_MODES,
  type StoredSettings,
  sanitizeStored,
  THEMES,
} from './settings-schema';
import { isHostName } from './settings-sites';

/**
 * The exported settings file: a small envelope that names its format and version around what the
 * user changed. Imports are checked against the schema of the version they claim, migrated, and
 * checked again; anything wrong refuses the whole file.
 */
export const SETTINGS_FILE_FORMAT = 'tifa-lens-settings';
/** Larger than any settings file could honestly be; refuses a wrong pick before parsing it. */
export const SETTINGS_FILE_MAX_BYTES = 512 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: StoredSettings;
}

export type ImportProblem =
  | { reason: 'too-large'; bytes: number }
  | { reason: 'not-json'; detail: string }
  /** JSON, but not a file this extension wrote (no or another `format`). */
  | { reason: 'foreign' }
  | { reason: 'bad-version'; path: string }
  | { reason: 'newer-version'; version: number }
  | { reason: 'unknown-setting'; path: string }
  | { reason: 'unknown-category'; path: string; name: string }
  | { reason: 'wrong-type'; path: string; expected: string; received: string }
  | { reason: 'bad-host'; path: string; value: string };

export type ImportResult =
  | { ok: true; settings: StoredSettings; fromVersion: number }
  | { ok: false; problems: ImportProblem[] };

const Categories = v.strictObject(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, v.optional(v.boolean())])),
);
const Host = v.pipe(
  v.string(),
  v.check((value) => isHostName(value), 'not a host name'),
);

const common = {
  enabled: v.optional(v.boolean()),
  categories: v.optional(Categories),
  siteMode: v.optional(v.picklist(SITE_MODES)),
  theme: v.optional(v.picklist(THEMES)),
  showEnglish: v.optional(v.boolean()),
  matchTraditional: v.optional(v.boolean()),
  language: v.optional(v.picklist(LANGUAGES)),
};

/** What each version stored. A new version adds its schema here and a fixture in tests/fixtures/settings. */
const SCHEMAS: Record<number, v.GenericSchema> = {
  // v1 kept one list of whatever was typed.
  1: v.strictObject({ ...common, sites: v.optional(v.array(v.string())) }),
  2: v.strictObject({
    ...common,
    blockedSites: v.optional(v.array(Host)),
    allowedSites: v.optional(v.array(Host)),
  }),
};

export function settingsFileText(settings: StoredSettings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now: Date = new Date()): string {
  return `tifa-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

function toProblem(issue: v.BaseIssue<unknown>): ImportProblem {
  const path = ['settings', ...(issue.path ?? []).map((item) => String(item.key))].join('.');
  const last = issue.path?.at(-1);
  const parent = issue.path?.at(-2);
  if (issue.type === 'strict_object' && last) {
    return String(parent?.key) === 'categories' && issue.path?.length === 2
      ? { reason: 'unknown-category', path, name: String(last.key) }
      : { reason: 'unknown-setting', path };
  }
  if (issue.type === 'check') return { reason: 'bad-host', path, value: String(issue.input) };
  return { reason: 'wrong-type', path, expected: issue.expected ?? '?', received: issue.received };
}

function wrongType(path: string, expected: string, value: unknown): ImportProblem {
  const received = Array.isArray(value)
    ? 'Array'
    : typeof value === 'string'
      ? JSON.stringify(value)
      : String(value);
  return { reason: 'wrong-type', path, expected, received };
}

function check(version: number, value: unknown): ImportProblem[] {
  const result = v.safeParse(SCHEMAS[version], value);
  return result.success ? [] : result.issues.map(toProblem);
}

/** Reads an exported settings file; on any problem nothing is returned to apply. */
export function parseSettingsFile(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > SETTINGS_FILE_MAX_BYTES) return { ok: false, problems: [{ reason: 'too-large', bytes }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ reason: 'not-json', detail: (error as Error).message }] };
  }
  if (!isPlainObject(json) || json.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, problems: [{ reason: 'foreign' }] };
  }
  const file = json;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ reason: 'bad-version', path: 'version' }] };
  }
  if (version > SETTINGS_VERSION) return { ok: false, problems: [{ reason: 'newer-version', version }] };
  const unknownKeys = Object.keys(file).filter(
    (key) => !['format', 'version', 'exportedAt', 'settings'].includes(key),
  );
  const problems: ImportProblem[] = unknownKeys.map((key) => ({ reason: 'unknown-setting', path: key }));
  // Checked here, not by the schema (valibot's objects take arrays): importing a file with no
  // settings object would otherwise reset everything to the defaults.
  if (isPlainObject(file.settings)) problems.push(...check(version, file.settings));
  else problems.push(wrongType('settings', 'Object', file.settings));
  if (problems.length > 0) return { ok: false, problems };
  const migrated = migrateSettings(file.settings, version);
  // A migration only reshapes valid input; checking again guards against a migration bug.
  const after = check(SETTINGS_VERSION, migrated);
  if (after.length > 0) return { ok: false, problems: after };
  return { ok: true, settings: sanitizeStored(migrated), fromVersion: version };
}
