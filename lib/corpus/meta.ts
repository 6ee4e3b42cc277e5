import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { CompilationMeta } from './types';

const SpeechMetaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be an ascii kebab-case slug')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1)),
  issuer: v.pipe(v.string(), v.minLength(1)),
  issuerEn: v.optional(v.pipe(v.string(), v.minLength(1))),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const CompilationMetaSchema = v.object({
  compilation: v.optional(v.string()),
  speeches: v.pipe(v.array(SpeechMetaSchema), v.minLength(1)),
});

/**
 * Reads a *.meta.yaml file (kept out of lib/corpus/index.ts so the YAML parser stays out of
 * browser bundles). Throws with the file name and the failing field.
 */
export function parseCorpusMeta(yamlText: string, fileName = 'meta.yaml'): CompilationMeta {
  const result = v.safeParse(CompilationMetaSchema, parseYaml(yamlText));
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new Error(`${fileName}: ${path}: ${issue.message}`);
  }
  const meta = result.output;
  const seen = new Set<string>();
  const orders = new Set<number>();
  for (const s of meta.speeches) {
    if (seen.has(s.id)) throw new Error(`${fileName}: speech id “${s.id}” is used twice`);
    if (orders.has(s.order)) throw new Error(`${fileName}: order ${s.order} is used twice`);
    seen.add(s.id);
    orders.add(s.order);
  }
  return meta;
}
