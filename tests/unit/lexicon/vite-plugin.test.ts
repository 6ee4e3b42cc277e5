import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { type DictionaryModule, openDictionary } from '../../../lib/dictionary-runtime';
import { BLOCKED_PATTERN } from '../../../lib/lexicon/dictionary-format';
import { buildBundledDictionary } from '../../../lib/lexicon/load-bundled';
import { tifaDictionary, VIRTUAL_DICTIONARY_ID } from '../../../lib/lexicon/vite-plugin';
import { scan } from '../../../lib/matcher';

const FIXTURES = 'tests/fixtures/lexicon';

/** A real Vite build whose only input is the virtual module, as an extension entrypoint would import it. */
async function buildVirtualModule(lexiconDir: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [tifaDictionary({ lexiconDir })],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: VIRTUAL_DICTIONARY_ID, preserveEntrySignatures: 'strict' },
    },
  })) as Rollup.RollupOutput;
  const [chunk] = output.output;
  if (chunk?.type !== 'chunk') throw new Error('no chunk');
  return chunk.code;
}

const tmp = mkdtempSync(join(tmpdir(), 'tifa-plugin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function evaluate(code: string): Promise<DictionaryModule> {
  const file = join(tmp, `module-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return import(/* @vite-ignore */ pathToFileURL(file).href);
}

describe('tifaDictionary (Vite plugin)', () => {
  it('builds virtual:tifa-dictionary: the compact dictionary, the automaton and the pattern map', async () => {
    const module = await evaluate(await buildVirtualModule(`${FIXTURES}/good`));
    const { dictionary, automaton, entryOf } = openDictionary(module);
    // The compact module expands to exactly what the build made.
    const built = buildBundledDictionary({ lexiconDir: `${FIXTURES}/good` });
    expect(dictionary).toEqual(built.dictionary);
    expect(dictionary.speeches.length).toBeGreaterThan(0);
    expect(module.patternEntries).toEqual(built.patternEntries);
    expect(module.patternEntries).toContain(BLOCKED_PATTERN);
    const text = '牢固树立“四个意识”';
    const [match] = scan(automaton, text);
    expect(match && text.slice(match.start, match.end)).toBe('四个意识');
    const entry = match && entryOf(match.pattern);
    expect(entry?.id).toBe('si-ge-yishi');
    expect(entry?.citations.length).toBeGreaterThan(0);
  });

  it('fails the build with file:line: reason for a malformed term sheet', async () => {
    await expect(buildVirtualModule(`${FIXTURES}/part-count`)).rejects.toThrow(
      `${FIXTURES}/part-count/core.yaml:7: “四个意识” lists 3 parts but its numerals imply 4`,
    );
    await expect(buildVirtualModule(`${FIXTURES}/invalid-yaml`)).rejects.toThrow(
      new RegExp(`${FIXTURES}/invalid-yaml/core\\.yaml:\\d+: invalid YAML`),
    );
  });

  it('watches the term sheet and the corpus so that watch and dev builds rebuild', async () => {
    const plugin = tifaDictionary({ lexiconDir: `${FIXTURES}/good` });
    const watched: string[] = [];
    const context = {
      addWatchFile: (path: string) => {
        watched.push(path);
      },
    };
    // The hooks are plain functions here (not { handler } objects); call them as Vite would.
    const resolveId = plugin.resolveId as unknown as (id: string) => string | undefined;
    const load = plugin.load as unknown as (this: typeof context, id: string) => Promise<string | undefined>;
    const id = resolveId(VIRTUAL_DICTIONARY_ID);
    expect(id).toBeDefined();
    expect(resolveId('some-other-module')).toBeUndefined();
    expect(await load.call(context, id as string)).toContain('export const automaton = "');
    expect(watched).toContain(resolve(FIXTURES, 'good/core.yaml'));
    expect(watched).toContain(resolve(FIXTURES, 'good/excluded.yaml'));
    expect(watched).toContain(resolve('assets/corpus/speeches-2021.txt'));
    expect(await load.call(context, 'another-id')).toBeUndefined();
  });
});
