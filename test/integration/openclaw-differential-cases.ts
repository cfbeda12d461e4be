/**
 * The files the differential test gives both validators: every config snippet in the pinned
 * OpenClaw's own docs (its docs/ folder, ```json5 / ```json blocks whose top level names a config
 * section), the JSON5 test-suite documents wrapped as a config value (test/fixtures/json5-suite),
 * and configs generated from OpenClaw's schema with fast-check: valid and near-valid ones, with
 * legacy keys (agents.list, default markers, provider context budgets) and defaulted fields left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSON5 from 'json5';
import { isPlainObject } from '@shared/json5/deep-equal';

type Json = Record<string, unknown>;

export interface DifferentialCase {
  /** Where it came from (docs file and block number, suite file, or generator and seed). */
  name: string;
  text: string;
}

const FENCE = /```(json5|json)[^\n]*\n([\s\S]*?)```/g;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every parseable docs block whose top level is an object naming at least one config section. */
export function docsSnippets(openclawDir: string, sections: readonly string[]): DifferentialCase[] {
  const docs = path.join(openclawDir, 'docs');
  const cases: DifferentialCase[] = [];
  for (const file of markdownFiles(docs).sort()) {
    const text = readFileSync(file, 'utf8');
    let n = 0;
    for (const match of text.matchAll(FENCE)) {
      n += 1;
      const body = match[2]!;
      let value: unknown;
      try {
        value = JSON5.parse(body);
      } catch {
        continue; // an excerpt with "…" or a fragment is not a file either validator could read
      }
      if (!isPlainObject(value) || !Object.keys(value).some((key) => sections.includes(key))) continue;
      cases.push({ name: `docs/${path.relative(docs, file)}#${n}`, text: body });
    }
  }
  return cases;
}

/** Each valid JSON5 suite document, as text, as the value of a field that takes any value. */
export function json5SuiteCases(fixtures: string): DifferentialCase[] {
  const dir = path.join(fixtures, 'json5-suite', 'json5-tests');
  const files = markdownFree(dir);
  return files.map((file) => ({
    name: `json5-suite/${path.relative(dir, file)}`,
    text: `{\n  agents: { defaults: { params: { doc:\n${readFileSync(file, 'utf8')}\n  } } },\n}\n`,
  }));
}

function markdownFree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFree(full);
      return /\.json5?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** The schema node at a dot path of `properties` (undefined when absent). */
function at(schema: Json, dotted: string): Json | undefined {
  let node: unknown = schema;
  for (const key of dotted.split('.')) {
    const props = isPlainObject(node) ? node.properties : undefined;
    node = isPlainObject(props) ? props[key] : undefined;
  }
  return isPlainObject(node) ? node : undefined;
}

/** Values for a leaf schema: its enum, const or default, else a small value of its type. */
function leaf(schema: Json): fc.Arbitrary<unknown> | undefined {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
    const max = typeof schema.maximum === 'number' ? schema.maximum : min + 1000;
    return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
  }
  if (schema.type === 'string' && !schema.pattern && !schema.format && !schema.minLength) return fc.constant('x');
  return undefined;
}

/**
 * Records over the plain leaves of an object schema (enums, booleans, numbers, free strings):
 * any subset of them, so required-with-default fields are often left out.
 */
function objectOf(schema: Json | undefined): fc.Arbitrary<Json> {
  const props = isPlainObject(schema?.properties) ? (schema.properties as Record<string, Json>) : {};
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(props)) {
    const arb = isPlainObject(sub) ? leaf(sub) : undefined;
    if (arb) fields[key] = arb;
  }
  return fc.record(fields, { requiredKeys: [] });
}

const agentIdArb = fc.constantFrom('main', 'work', 'ops', 'Main', 'a b', '', 'main');
const agentArb = fc.record(
  {
    id: agentIdArb,
    default: fc.constantFrom(true, false, 'yes'),
    contextTokens: fc.integer({ min: 1000, max: 200_000 }),
    name: fc.constant('Agent'),
  },
  { requiredKeys: [] },
);

/** Near-valid noise: an unknown key or a value of the wrong type somewhere in the config. */
const noiseArb = fc.oneof(
  fc.constant<[string[], unknown] | null>(null),
  fc.constantFrom<[string[], unknown]>(
    [['unknownTopLevel'], 1],
    [['channels', 'telegram', 'dmPolicy'], 'sometimes'],
    [['agents', 'defaults', 'unknownKey'], true],
    [['models', 'mode'], 'overwrite'],
  ),
);

/** Configs generated from OpenClaw's schema: channels with defaulted fields left out, legacy rosters, budgets. */
export function generatedConfigs(schema: Json, runs: number, seed: number): DifferentialCase[] {
  const channel = (id: string) => objectOf(at(schema, `channels.${id}`));
  const configArb = fc
    .record(
      {
        channels: fc.record(
          { telegram: channel('telegram'), slack: channel('slack'), discord: channel('discord') },
          { requiredKeys: [] },
        ),
        agents: fc.oneof(
          fc.record({ list: fc.array(agentArb, { maxLength: 3 }) }),
          fc.record({
            entries: fc.dictionary(
              fc.constantFrom('main', 'work'),
              agentArb.map(({ id: _id, ...rest }) => rest),
              { maxKeys: 2 },
            ),
          }),
          fc.record({
            defaults: fc.record({ contextTokens: fc.integer({ min: 1000, max: 64_000 }) }, { requiredKeys: [] }),
          }),
        ),
        models: fc.record({
          providers: fc.dictionary(
            fc.constantFrom('lmstudio', 'ollama', 'local'),
            fc.record(
              {
                baseUrl: fc.constant('http://127.0.0.1:1234/v1'),
                api: fc.constantFrom('openai-completions', 'openai-responses'),
                contextWindow: fc.integer({ min: 1, max: 200_000 }),
                contextTokens: fc.integer({ min: 1, max: 200_000 }),
                models: fc.array(fc.record({ id: fc.constant('m'), name: fc.constant('M') }), { maxLength: 2 }),
              },
              { requiredKeys: ['baseUrl', 'models'] },
            ),
            { maxKeys: 2 },
          ),
        }),
      },
      { requiredKeys: [] },
    )
    .chain((config) =>
      noiseArb.map((noise) => {
        if (!noise) return config;
        const copy = structuredClone(config) as Json;
        let node = copy;
        for (const key of noise[0].slice(0, -1)) node = (node[key] = isPlainObject(node[key]) ? node[key] : {}) as Json;
        node[noise[0].at(-1)!] = noise[1];
        return copy;
      }),
    );
  return fc
    .sample(configArb, { numRuns: runs, seed })
    .map((config, i) => ({ name: `generated/seed-${seed}#${i}`, text: `${JSON.stringify(config, null, 2)}\n` }));
}
