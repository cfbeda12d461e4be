/**
 * OpenClaw's exported JSON Schema describes the parsed (output) config, where a field with a
 * zod `.default()` is always present and so listed in `required`; a user's file is input, where
 * that field may be left out. `inputSchema` derives the input shape from the schema itself: a
 * required property whose schema (or the local `$ref` it points to) carries a `default` is optional.
 */
import { isPlainObject } from '../json5/deep-equal';

type Json = Record<string, unknown>;

/** The schema a local `#/…` reference points to (undefined when it is not local or not found). */
function resolveLocal(root: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Whether a value may be left out of the input because OpenClaw fills it in (a `default`, here or behind `$ref`/`allOf`). */
export function hasDefault(root: Json, schema: unknown, seen = new Set<unknown>()): boolean {
  if (!isPlainObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (Object.hasOwn(schema, 'default')) return true;
  if (typeof schema.$ref === 'string' && hasDefault(root, resolveLocal(root, schema.$ref), seen)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((part) => hasDefault(root, part, seen));
}

/** The input schema, and where a `required` entry was dropped (schema path and key, for tests and the docs). */
export interface InputShape {
  schema: Json;
  optional: string[];
}

/** A copy of `schema` in which every defaulted property is optional. */
export function inputSchema(schema: Json): InputShape {
  const copy = structuredClone(schema);
  const optional: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}[${i}]`));
    if (!isPlainObject(node)) return;
    if (Array.isArray(node.required) && isPlainObject(node.properties)) {
      const properties = node.properties;
      const kept = (node.required as unknown[]).filter((key) => {
        const drop = typeof key === 'string' && hasDefault(copy, properties[key]);
        if (drop) optional.push(`${at}.${key}`);
        return !drop;
      });
      if (kept.length > 0) node.required = kept;
      else delete node.required;
    }
    for (const [key, child] of Object.entries(node)) walk(child, at ? `${at}/${key}` : key);
  };
  walk(copy, '');
  return { schema: copy, optional };
}
