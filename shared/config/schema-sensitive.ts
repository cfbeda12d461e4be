/**
 * The config fields OpenClaw's own schema marks sensitive: every field typed as a SecretInput
 * (a string or a SecretRef `{source: "env"|"file"|"exec", provider, id}`) — that is how the
 * published JSON Schema marks a secret (openclaw@2026.9.6, src/config/types.secrets.ts and
 * zod-schema.secret-input.ts: `SecretInputSchema`; 133 field paths in the bundled schema
 * `resources/openclaw-schema/`). `sensitive-paths.json` holds the paths derived from the
 * bundled schema by `sensitivePathsOf` (`UPDATE_SENSITIVE_PATHS=1 npx vitest run node/services/config/schema-sensitive.test.ts`
 * rewrites it; that test fails when it no longer matches the schema). `*` stands for any record
 * key or array index.
 */
import { isPlainObject } from '../json5/deep-equal';
import SENSITIVE_PATHS from './sensitive-paths.json';

type Schema = Record<string, unknown>;

/** A SecretRef branch of a schema: an object whose properties include `source` and `id`. */
function isSecretRefSchema(node: unknown): boolean {
  if (!isPlainObject(node) || !isPlainObject(node.properties)) return false;
  const props = node.properties;
  return 'source' in props && 'id' in props;
}

const alternativesOf = (node: Schema): unknown[] =>
  [node.anyOf, node.oneOf].flatMap((alts) => (Array.isArray(alts) ? (alts as unknown[]) : []));

/** Whether a schema node accepts a SecretRef, directly or one union deeper (`anyOf: [string, oneOf: [env, file, exec]]`). */
function acceptsSecretRef(node: Schema): boolean {
  return alternativesOf(node).some(
    (alt) => isSecretRefSchema(alt) || (isPlainObject(alt) && alternativesOf(alt).some(isSecretRefSchema)),
  );
}

/** Every field path the schema marks sensitive, `*` for any record key or array item; sorted, no duplicates. */
export function sensitivePathsOf(schema: Schema): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (!isPlainObject(node) || depth > 64) return;
    if (path.length > 0 && acceptsSecretRef(node)) {
      found.add(path.join('.'));
      return;
    }
    if (isPlainObject(node.properties))
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...path, key], depth + 1);
    if (isPlainObject(node.additionalProperties)) walk(node.additionalProperties, [...path, '*'], depth + 1);
    if (isPlainObject(node.items)) walk(node.items, [...path, '*'], depth + 1);
    for (const alt of [...alternativesOf(node), ...(Array.isArray(node.allOf) ? (node.allOf as unknown[]) : [])])
      walk(alt, path, depth + 1);
  };
  walk(schema, [], 0);
  return [...found].sort();
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

function buildTrie(paths: readonly string[]): Trie {
  const root: Trie = { end: false, next: new Map() };
  for (const p of paths) {
    let node = root;
    for (const segment of p.split('.')) {
      let child = node.next.get(segment);
      if (!child) node.next.set(segment, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

const TRIE = buildTrie(SENSITIVE_PATHS);

/** The field paths the bundled schema marks sensitive. */
export const SCHEMA_SENSITIVE_PATHS: readonly string[] = SENSITIVE_PATHS;

const LEAF_NAMES = new Set(SENSITIVE_PATHS.map((p) => p.split('.').pop() ?? '').filter((n) => n !== '*'));

/** Whether `key` names a sensitive field somewhere in the schema (`encryptKey`, `identityData`, `key`, …): for text that does not parse. */
export const isSensitiveFieldName = (key: string): boolean => LEAF_NAMES.has(key);

/** Whether `path` is, or lies inside, a field OpenClaw's schema marks sensitive. */
export function isSchemaSensitive(path: readonly (string | number)[]): boolean {
  let states: Trie[] = [TRIE];
  for (const segment of path) {
    const next: Trie[] = [];
    for (const state of states) {
      const exact = state.next.get(String(segment));
      if (exact) next.push(exact);
      const any = state.next.get('*');
      if (any) next.push(any);
    }
    if (next.some((s) => s.end)) return true;
    if (next.length === 0) return false;
    states = next;
  }
  return false;
}
