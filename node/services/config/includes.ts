/**
 * `$include` read path, as OpenClaw 2026.9.6 resolves it (src/config/includes.ts): a string names
 * one file, a list several (deep-merged: objects merge, arrays concatenate, later wins); keys
 * beside an include merge over it; paths resolve against the including file and must stay inside
 * the config folder or OPENCLAW_INCLUDE_ROOTS (symlinks included); at most 10 levels; no cycles.
 * Each include is recorded with the config path it fills and the file(s) it came from, so the
 * panel can say where a value lives and which writes OpenClaw would refuse.
 */
import { realpathSync } from 'node:fs';
import { readRegularFileSync } from '@node/platform/regular-file';
import { openClawHome, userPath } from '@node/platform/home-dir';
import path from 'node:path';
import { parseJson5Fast } from '@shared/json5/fast-parse';
import { isPlainObject } from '@shared/json5/deep-equal';
import { decodeConfigBytes } from '@shared/json5/text-bytes';
import { findIncludes } from '@shared/config/validate';
import { memoByValue } from './parsed-cache';

type Env = Readonly<Record<string, string | undefined>>;

export interface IncludeProvenance {
  /** The config path the include fills (dot-joined; '' for the root). */
  path: string;
  /** The same path as keys (exact even when a key holds a dot). */
  segments: string[];
  kind: 'single' | 'multiple';
  /** The resolved file(s). */
  files: string[];
  /** Keys written beside the `$include` (they merge over it). */
  hasSiblingOverrides: boolean;
  hasArrayAncestor: boolean;
}

export class IncludeError extends Error {
  constructor(
    message: string,
    readonly include: string,
  ) {
    super(message);
    this.name = 'IncludeError';
  }
}

const MAX_DEPTH = 10;
const MAX_BYTES = 2 * 1024 * 1024;

/** OPENCLAW_INCLUDE_ROOTS: platform-delimited, ~ expanded, absolute entries only (src/config/paths.ts). */
export function includeRoots(env: Env): string[] {
  const raw = env.OPENCLAW_INCLUDE_ROOTS?.trim();
  if (!raw) return [];
  const home = openClawHome(env);
  const roots = raw
    .split(path.delimiter)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => userPath(entry, home));
  return [...new Set(roots.filter((r) => path.isAbsolute(r)))];
}

const inside = (root: string, candidate: string) => {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};
const realOr = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

function deepMerge(target: unknown, source: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(source)) return [...target, ...source];
  if (isPlainObject(target) && isPlainObject(source)) {
    const out: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(source)) out[key] = key in out ? deepMerge(out[key], value) : value;
    return out;
  }
  return source;
}

export interface ResolvedIncludes {
  config: Record<string, unknown>;
  includes: IncludeProvenance[];
  /** Each included file's text as read (to edit it losslessly and to notice it changed). */
  texts: Map<string, string>;
}

/** Whether any `$include` appears; computed once per cached config. */
const usesInclude = memoByValue((value: Record<string, unknown>) => findIncludes(value).length > 0);

/**
 * Resolves every `$include` in a parsed config; throws IncludeError with OpenClaw's reason.
 * `seen` collects each file it goes to read (inside the allowed roots), even one that fails.
 */
export function resolveIncludes(
  value: Record<string, unknown>,
  configPath: string,
  env: Env,
  seen?: Set<string>,
): ResolvedIncludes {
  // Without any `$include` the config is what OpenClaw reads: no copy (the cached value is frozen).
  if (!usesInclude(value)) return { config: value, includes: [], texts: new Map() };
  const configDir = path.dirname(path.resolve(configPath));
  const roots = [configDir, ...includeRoots(env)];
  const includes: IncludeProvenance[] = [];
  const texts = new Map<string, string>();

  const load = (
    include: string,
    baseFile: string,
    visited: string[],
    depth: number,
    at: string[],
    inArray: boolean,
  ) => {
    const resolved = path.normalize(path.isAbsolute(include) ? include : path.resolve(path.dirname(baseFile), include));
    if (!roots.some((root) => inside(root, resolved)))
      throw new IncludeError(`Include path escapes config directory: ${include} (root: ${configDir})`, include);
    if (!roots.some((root) => inside(realOr(root), realOr(resolved))))
      throw new IncludeError(`Include path resolves outside config directory (symlink): ${include}`, include);
    if (visited.includes(resolved))
      throw new IncludeError(`Circular include detected: ${[...visited, resolved].join(' -> ')}`, include);
    seen?.add(resolved);
    if (depth >= MAX_DEPTH)
      throw new IncludeError(`Maximum include depth (${MAX_DEPTH}) exceeded at: ${include}`, include);
    let raw: string;
    try {
      // A pipe or a device is refused before any read, a file over 2 MB by its size (never read whole).
      raw = decodeConfigBytes(readRegularFileSync(resolved, MAX_BYTES));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EFBIG') throw new IncludeError(`Include file is larger than 2 MB: ${include}`, include);
      if (code === 'ENOTREG') throw new IncludeError(`Include file is not a regular file: ${include}`, include);
      throw new IncludeError(`Failed to read include file: ${include} (${code ?? 'error'})`, include);
    }
    texts.set(resolved, raw);
    let parsed: unknown;
    try {
      parsed = parseJson5Fast(raw);
    } catch (error) {
      throw new IncludeError(`Failed to parse include file: ${include} (${(error as Error).message})`, include);
    }
    return { file: resolved, value: walk(parsed, resolved, [...visited, resolved], depth + 1, at, inArray) };
  };

  const walk = (
    node: unknown,
    file: string,
    visited: string[],
    depth: number,
    at: string[],
    inArray: boolean,
  ): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, file, visited, depth, [...at, String(i)], true));
    if (!isPlainObject(node)) return node;
    if (!('$include' in node)) {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [key, walk(child, file, visited, depth, [...at, key], inArray)]),
      );
    }
    const spec = node.$include;
    const others = Object.keys(node).filter((key) => key !== '$include');
    let included: unknown;
    let files: string[];
    if (typeof spec === 'string') {
      const one = load(spec, file, visited, depth, at, inArray);
      included = one.value;
      files = [one.file];
    } else if (Array.isArray(spec)) {
      const all = spec.map((item) => {
        if (typeof item !== 'string')
          throw new IncludeError(`Invalid $include array item: expected string, got ${typeof item}`, String(item));
        return load(item, file, visited, depth, at, inArray);
      });
      included = all.reduce<unknown>((acc, entry) => deepMerge(acc, entry.value), {});
      files = all.map((entry) => entry.file);
    } else {
      throw new IncludeError(
        `Invalid $include value: expected string or array of strings, got ${typeof spec}`,
        String(spec),
      );
    }
    includes.push({
      path: at.join('.'),
      segments: [...at],
      kind: typeof spec === 'string' ? 'single' : 'multiple',
      files,
      hasSiblingOverrides: others.length > 0,
      hasArrayAncestor: inArray,
    });
    if (others.length === 0) return included;
    if (!isPlainObject(included))
      throw new IncludeError(
        'Sibling keys require included content to be an object',
        typeof spec === 'string' ? spec : '$include',
      );
    const rest = Object.fromEntries(
      others.map((key) => [key, walk(node[key], file, visited, depth, [...at, key], inArray)]),
    );
    return deepMerge(included, rest);
  };

  const config = walk(value, path.resolve(configPath), [path.resolve(configPath)], 0, [], false);
  if (!isPlainObject(config)) throw new IncludeError('The included config is not an object', '$include');
  return { config, includes, texts };
}

/**
 * Every file the config includes, for the watcher (include-watch.ts): as far as the includes
 * resolve, so a missing or broken included file is listed too (its repair is seen); files after
 * the first broken include are listed once that one is fixed.
 */
export function includedFiles(value: Record<string, unknown>, configPath: string, env: Env): string[] {
  const seen = new Set<string>();
  try {
    resolveIncludes(value, configPath, env, seen);
  } catch (error) {
    if (!(error instanceof IncludeError)) throw error;
  }
  return [...seen];
}

/** The file a config path's value comes from: the deepest include covering it, else the config itself. */
export function fileOf(dotPath: string, includes: readonly IncludeProvenance[], configPath: string): string[] {
  const covering = includes
    .filter((inc) => inc.path === '' || dotPath === inc.path || dotPath.startsWith(`${inc.path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return covering ? covering.files : [configPath];
}
