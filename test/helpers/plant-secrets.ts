/** Plants a distinct secret value in every field OpenClaw's schema marks sensitive (schema-sensitive.ts). */
import { isPlainObject } from '@shared/json5/deep-equal';

type Node = Record<string, unknown>;

/** The schema node one segment below `node` (`*`: a record's values or an array's items), through unions. */
function childOf(node: unknown, segment: string): { node: unknown; array: boolean } | null {
  if (!isPlainObject(node)) return null;
  if (segment === '*') {
    if (isPlainObject(node.items)) return { node: node.items, array: true };
    if (isPlainObject(node.additionalProperties)) return { node: node.additionalProperties, array: false };
  } else if (isPlainObject(node.properties) && segment in node.properties) {
    return { node: node.properties[segment], array: false };
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alts = node[key];
    if (!Array.isArray(alts)) continue;
    for (const alt of alts) {
      const found = childOf(alt, segment);
      if (found) return found;
    }
  }
  return null;
}

export interface PlantedSecret {
  path: string;
  value: string;
}

/**
 * Sets `planted-<n>-…` (long enough to be unique anywhere in a text) at every sensitive path of
 * `config`, `*` as record key `x` or array index 0; returns what it planted.
 */
export function plantSecrets(config: Node, schema: Node, paths: readonly string[]): PlantedSecret[] {
  return paths.map((pattern, n) => {
    const value = `planted-${n}-s3cr3t-${'q'.repeat(6)}`;
    let schemaNode: unknown = schema;
    let container = config as Record<string | number, unknown>;
    const segments = pattern.split('.');
    segments.forEach((segment, i) => {
      const step = childOf(schemaNode, segment);
      if (!step) throw new Error(`schema has no ${segments.slice(0, i + 1).join('.')}`);
      const key: string | number = step.array ? 0 : segment === '*' ? 'x' : segment;
      if (i === segments.length - 1) container[key] = value;
      else {
        const next = childOf(step.node, segments[i + 1]!);
        if (typeof container[key] !== 'object' || container[key] === null) container[key] = next?.array ? [] : {};
        container = container[key] as Record<string | number, unknown>;
      }
      schemaNode = step.node;
    });
    return { path: pattern, value };
  });
}
