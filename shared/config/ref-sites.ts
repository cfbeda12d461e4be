/**
 * Every place an OpenClaw config names a model by `provider/model`, read from OpenClaw
 * 2026.9.6's own schema (`openclaw config schema`: the properties whose title/description
 * say model reference), and a provider rename applied to all of them. Any other string
 * that still starts with the old provider id is reported, never silently left behind.
 */
import { isPlainObject } from '../json5/deep-equal';
import { formatModelRef, parseModelRef } from './model-ref';

type Obj = Record<string, unknown>;

/** `*` matches any object key or array index. */
const AGENT_PREFIXES = [
  ['agents', 'defaults'],
  ['agents', 'entries', '*'],
  ['agents', 'list', '*'],
];
/** string | { primary?, fallbacks?[] } */
const CHAIN_FIELDS = [
  ['model'],
  ['imageModel'],
  ['voiceModel'],
  ['pdfModel'],
  ['mediaModels', '*'],
  ['subagents', 'model'],
  ['tools', 'exec', 'reviewer', 'model'],
];
/** a single ref string */
const REF_FIELDS = [
  ['utilityModel'],
  ['decisionModel'],
  ['heartbeat', 'model'],
  ['compaction', 'model'],
  ['compaction', 'memoryFlush', 'model'],
  ['embeddedAgent', 'cyberFailover', 'model'],
];

export const CHAIN_SITES: string[][] = [
  ...AGENT_PREFIXES.flatMap((prefix) => CHAIN_FIELDS.map((field) => [...prefix, ...field])),
  ['tools', 'exec', 'reviewer', 'model'],
];
export const REF_SITES: string[][] = [
  ...AGENT_PREFIXES.flatMap((prefix) => REF_FIELDS.map((field) => [...prefix, ...field])),
  ['hooks', 'mappings', '*', 'model'],
  ['hooks', 'gmail', 'model'],
];
/** Objects keyed by ref (agents.defaults.models and the per-agent models). */
export const KEYED_SITES: string[][] = AGENT_PREFIXES.map((prefix) => [...prefix, 'models']);
/** Lists of refs or ref patterns. */
export const LIST_SITES: string[][] = AGENT_PREFIXES.map((prefix) => [...prefix, 'modelPolicy', 'allow']);

/** The containers at `pattern` (with their concrete paths), following own keys only. */
function holders(root: unknown, pattern: string[]): { parent: Obj | unknown[]; key: string | number; path: string }[] {
  let frontier: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  const found: { parent: Obj | unknown[]; key: string | number; path: string }[] = [];
  pattern.forEach((segment, depth) => {
    const last = depth === pattern.length - 1;
    const next: { value: unknown; path: string[] }[] = [];
    for (const { value, path } of frontier) {
      if (!isPlainObject(value) && !Array.isArray(value)) continue;
      const keys =
        segment === '*'
          ? Array.isArray(value)
            ? value.map((_, i) => String(i))
            : Object.keys(value)
          : Object.prototype.hasOwnProperty.call(value, segment)
            ? [segment]
            : [];
      for (const key of keys) {
        const child = Array.isArray(value) ? value[Number(key)] : value[key];
        if (last && child !== undefined) {
          found.push({ parent: value, key: Array.isArray(value) ? Number(key) : key, path: [...path, key].join('.') });
        } else next.push({ value: child, path: [...path, key] });
      }
    }
    frontier = next;
  });
  return found;
}

function renamed(ref: string, from: string, to: string): string | null {
  const parsed = parseModelRef(ref);
  return parsed && parsed.provider === from ? formatModelRef({ ...parsed, provider: to }) : null;
}

/** Renames provider `from` to `to` in every ref site (in place, on a clone); returns where it did and what remains. */
export function renameProviderRefs(config: Obj, from: string, to: string): { renamed: string[]; remaining: string[] } {
  const done: string[] = [];
  const setRef = (parent: Obj | unknown[], key: string | number, path: string) => {
    const value = (parent as Record<string | number, unknown>)[key];
    if (typeof value !== 'string') return;
    const next = renamed(value, from, to);
    if (next === null) return;
    (parent as Record<string | number, unknown>)[key] = next;
    done.push(path);
  };
  for (const site of CHAIN_SITES) {
    for (const { parent, key, path } of holders(config, site)) {
      const value = (parent as Record<string | number, unknown>)[key];
      if (typeof value === 'string') setRef(parent, key, path);
      else if (isPlainObject(value)) {
        setRef(value, 'primary', `${path}.primary`);
        if (Array.isArray(value.fallbacks))
          value.fallbacks.forEach((_, i) => setRef(value.fallbacks as unknown[], i, `${path}.fallbacks.${i}`));
      }
    }
  }
  for (const site of REF_SITES) for (const { parent, key, path } of holders(config, site)) setRef(parent, key, path);
  for (const site of LIST_SITES) {
    for (const { parent, key, path } of holders(config, site)) {
      const list = (parent as Record<string | number, unknown>)[key];
      if (Array.isArray(list)) list.forEach((_, i) => setRef(list, i, `${path}.${i}`));
    }
  }
  for (const site of KEYED_SITES) {
    for (const { parent, key, path } of holders(config, site)) {
      const entries = (parent as Record<string | number, unknown>)[key];
      if (!isPlainObject(entries)) continue;
      const keys = Object.keys(entries);
      if (!keys.some((k) => renamed(k, from, to) !== null)) continue;
      (parent as Record<string | number, unknown>)[key] = Object.fromEntries(
        keys.map((k) => {
          const next = renamed(k, from, to);
          if (next !== null) done.push(`${path}["${k}"]`);
          return [next ?? k, entries[k]];
        }),
      );
    }
  }
  return { renamed: done, remaining: leftovers(config, from) };
}

/** Strings elsewhere (outside models.providers) that still read as a ref to provider `id`. */
export function leftovers(config: Obj, id: string): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: config, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path === 'models.providers') continue;
    if (typeof value === 'string') {
      if (parseModelRef(value)?.provider === id && value.trim().toLowerCase().startsWith(`${id}/`)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((child, i) => stack.push({ value: child, path: `${path}.${i}` }));
    } else if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (parseModelRef(key)?.provider === id && path !== '') found.push(`${path}["${key}"]`);
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return found.sort();
}
