/**
 * Field help from OpenClaw's own JSON Schema: a small tree (title, description, allowed values)
 * cut from the schema for the parts the editor shows, and the lookup from a concrete config
 * path (`models.providers.lmstudio.models.0.contextWindow`) to its node.
 */
import { z } from 'zod';

export interface HelpNode {
  title?: string;
  description?: string;
  /** Allowed values when the schema lists them (enum / const alternatives). */
  values?: string[];
  props?: Record<string, HelpNode>;
  /** Any key of a record (JSON Schema additionalProperties). */
  any?: HelpNode;
  /** Array items. */
  items?: HelpNode;
}

export const helpNodeSchema: z.ZodType<HelpNode> = z.lazy(() =>
  z.object({
    title: z.string().optional(),
    description: z.string().optional(),
    values: z.array(z.string()).optional(),
    props: z.record(z.string(), helpNodeSchema).optional(),
    any: helpNodeSchema.optional(),
    items: helpNodeSchema.optional(),
  }),
);

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object-ish branches of a schema (itself, or its anyOf/oneOf/allOf alternatives). */
function branches(schema: Json): Json[] {
  const alts = [schema.anyOf, schema.oneOf, schema.allOf].flatMap((a) => (Array.isArray(a) ? a.filter(isObj) : []));
  return [schema, ...alts.flatMap(branches)];
}

function valuesOf(schema: Json): string[] | undefined {
  const values = branches(schema).flatMap((b) => [
    ...(Array.isArray(b.enum) ? b.enum.filter((v): v is string => typeof v === 'string') : []),
    ...(typeof b.const === 'string' ? [b.const] : []),
  ]);
  return values.length ? [...new Set(values)] : undefined;
}

/** The help tree under `schema`, `depth` levels deep. */
export function helpTree(schema: unknown, depth = 6): HelpNode {
  if (!isObj(schema)) return {};
  const node: HelpNode = {};
  for (const b of branches(schema)) {
    if (!node.title && typeof b.title === 'string') node.title = b.title;
    if (!node.description && typeof b.description === 'string') node.description = b.description;
  }
  const values = valuesOf(schema);
  if (values) node.values = values;
  if (depth <= 0) return node;
  for (const b of branches(schema)) {
    if (isObj(b.properties)) {
      node.props ??= {};
      for (const [key, child] of Object.entries(b.properties)) node.props[key] ??= helpTree(child, depth - 1);
    }
    if (isObj(b.additionalProperties) && !node.any) node.any = helpTree(b.additionalProperties, depth - 1);
    if (isObj(b.items) && !node.items) node.items = helpTree(b.items, depth - 1);
  }
  return node;
}

/** The schema node at a dot path (`agents.defaults`), or null. */
export function schemaAt(schema: unknown, dotPath: string): unknown {
  let node: unknown = schema;
  for (const key of dotPath.split('.').filter(Boolean)) {
    const found = isObj(node) ? branches(node).find((b) => isObj(b.properties) && key in b.properties) : undefined;
    if (!found) return null;
    node = (found.properties as Json)[key];
  }
  return node;
}

/** The help for a concrete config path, or null when the schema says nothing there. */
export function helpFor(tree: HelpNode | null | undefined, dotPath: string): HelpNode | null {
  let node: HelpNode | undefined = tree ?? undefined;
  for (const key of dotPath.split('.').filter(Boolean)) {
    if (!node) return null;
    node = node.props?.[key] ?? (/^\d+$/.test(key) ? node.items : undefined) ?? node.any;
  }
  return node ?? null;
}
