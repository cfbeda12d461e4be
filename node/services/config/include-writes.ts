/**
 * Which file an edit goes to when the config uses `$include`, decided as OpenClaw 2026.9.6 does
 * (dist/include-write-boundary-BGbgppFc.mjs = src/config/include-write-boundary.ts,
 * `resolveIncludeWriteBoundary`; dist/mutate-CgnqHZzJ.mjs = src/config/mutate.ts,
 * `tryWriteIncludeOwnedConfigMutation`; dist/includes-CaaCq-XN.mjs `isInternalIncludeWriteTarget`):
 * every changed path must fall inside ONE include that names a single file, has no keys beside
 * it, is not inside a list, has only such includes above it, none below it, is not included at
 * another place too, and lies inside the config folder (OPENCLAW_INCLUDE_ROOTS is for reading
 * only). The deepest such include owns the write. Anything else is refused with the reason.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { msg, type Message } from '@shared/i18n/message';
import { isPlainObject } from '@shared/json5/deep-equal';
import type { IncludeSource } from '@shared/config/include-sources';
import { findIncludes } from '@shared/config/validate';
import type { IncludeProvenance } from './includes';

/**
 * The keyed paths whose values differ (OpenClaw's `collectChangedConfigPaths`): arrays and
 * primitives compare whole, an added or removed key reports its own path.
 */
export function changedConfigPaths(base: unknown, next: unknown): string[][] {
  const out: string[][] = [];
  const walk = (a: unknown, b: unknown, at: string[]) => {
    if (isDeepStrictEqual(a, b)) return;
    if (!isPlainObject(a) || !isPlainObject(b)) {
      out.push(at);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key)) out.push([...at, key]);
      else walk(a[key], b[key], [...at, key]);
    }
  };
  walk(base, next, []);
  return out;
}

const isPrefix = (prefix: readonly string[], candidate: readonly string[]) =>
  prefix.length <= candidate.length && prefix.every((segment, i) => segment === candidate[i]);
const isSoleOwner = (inc: IncludeProvenance) => inc.kind === 'single' && !inc.hasSiblingOverrides;
/** Whether a changed path lies inside, or contains, what the include fills. */
export const touches = (changed: readonly string[], inc: IncludeProvenance) =>
  isPrefix(inc.segments, changed) || isPrefix(changed, inc.segments);

const realOr = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return p; // Not there (yet): compare the path as written, like OpenClaw's existing-ancestor walk.
  }
};

/** OpenClaw writes only into files inside the config folder, symlinks resolved. */
export function isInternalTarget(file: string, configPath: string): boolean {
  const inside = (root: string, candidate: string) => {
    const rel = path.relative(root, candidate);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const dir = path.dirname(path.resolve(configPath));
  return inside(dir, path.resolve(file)) && inside(realOr(dir), realOr(path.resolve(file)));
}

/** The include that solely owns every changed path (the deepest one), or null. */
export function writeBoundary(
  changed: readonly (readonly string[])[],
  includes: readonly IncludeProvenance[],
): IncludeProvenance | null {
  if (changed.length === 0 || changed.some((p) => p.length === 0)) return null;
  if (includes.some((inc) => inc.segments.length === 0)) return null;
  let best: IncludeProvenance | null = null;
  for (const inc of includes) {
    if (!isSoleOwner(inc) || inc.hasArrayAncestor) continue;
    const others = includes.filter((other) => other !== inc);
    if (
      others.some(
        (o) => o.segments.length <= inc.segments.length && isPrefix(o.segments, inc.segments) && !isSoleOwner(o),
      )
    )
      continue;
    if (others.some((o) => o.segments.length > inc.segments.length && isPrefix(inc.segments, o.segments))) continue;
    if (!changed.every((p) => isPrefix(inc.segments, p))) continue;
    const file = realOr(inc.files[0]!);
    if (others.some((o) => o.path !== inc.path && o.files.some((f) => realOr(f) === file))) continue;
    if (!best || inc.segments.length > best.segments.length) best = inc;
  }
  return best;
}

/** A file named relative to the config folder, as the user wrote it. */
export const relativeFile = (file: string, configPath: string) =>
  path.relative(path.dirname(path.resolve(configPath)), file) || path.basename(file);

/** Why OpenClaw would not write `changed` through the includes, in the most precise words. */
export function includeRefusal(
  changed: readonly string[],
  includes: readonly IncludeProvenance[],
  configPath: string,
): Message {
  const dotted = changed.join('.');
  const rel = (inc: IncludeProvenance) => inc.files.map((f) => relativeFile(f, configPath)).join(', ');
  const root = includes.find((inc) => inc.segments.length === 0);
  if (root) return msg('openclaw.includeRoot', { file: rel(root) });
  const below = includes.find((inc) => inc.segments.length > changed.length && isPrefix(changed, inc.segments));
  if (below) return msg('openclaw.includeWhole', { path: dotted, file: rel(below) });
  const covering = includes
    .filter((inc) => isPrefix(inc.segments, changed))
    .sort((a, b) => a.segments.length - b.segments.length);
  for (const inc of covering) {
    if (inc.kind === 'multiple') return msg('openclaw.includeList', { path: inc.path });
    if (inc.hasSiblingOverrides) return msg('openclaw.includeSiblings', { path: inc.path, file: rel(inc) });
    if (inc.hasArrayAncestor) return msg('openclaw.includeInArray', { path: inc.path });
  }
  const owner = covering[covering.length - 1];
  if (!owner) return msg('config.includeBlocked', { path: dotted });
  const nested = includes.find(
    (inc) => inc.segments.length > owner.segments.length && isPrefix(owner.segments, inc.segments),
  );
  if (nested) return msg('openclaw.includeNested', { file: rel(owner), path: nested.path });
  const file = realOr(owner.files[0]!);
  if (includes.some((o) => o.path !== owner.path && o.files.some((f) => realOr(f) === file)))
    return msg('openclaw.includeShared', { file: rel(owner) });
  if (!isInternalTarget(owner.files[0]!, configPath)) return msg('openclaw.includeExternal', { file: owner.files[0]! });
  return msg('config.includeBlocked', { path: dotted });
}

export type IncludeWritePlan =
  | { kind: 'main' }
  | { kind: 'include'; include: IncludeProvenance; file: string }
  | { kind: 'refused'; reason: Message };

/**
 * Where an edit that changes `changed` (paths in the resolved config) is written. An edit that
 * changes both the config and an included file is refused: two files cannot be replaced in one
 * atomic step, and OpenClaw's own writer refuses it too (its root writer rejects include-owned paths).
 */
export function planIncludeWrite(
  changed: readonly (readonly string[])[],
  includes: readonly IncludeProvenance[],
  configPath: string,
  next: unknown,
): IncludeWritePlan {
  const inIncludes = changed.filter((p) => includes.some((inc) => touches(p, inc)));
  if (inIncludes.length === 0) return { kind: 'main' };
  if (inIncludes.length < changed.length) {
    const owner = includes.find((inc) => touches(inIncludes[0]!, inc))!;
    return {
      kind: 'refused',
      reason: msg('openclaw.includeSpans', {
        file: relativeFile(owner.files[0]!, configPath),
        config: path.basename(configPath),
      }),
    };
  }
  const boundary = writeBoundary(inIncludes, includes);
  if (!boundary) return { kind: 'refused', reason: includeRefusal(inIncludes[0]!, includes, configPath) };
  let value: unknown = next;
  for (const key of boundary.segments) value = isPlainObject(value) ? value[key] : undefined;
  if (value === undefined)
    return {
      kind: 'refused',
      reason: msg('openclaw.includeWhole', {
        path: boundary.path,
        file: relativeFile(boundary.files[0]!, configPath),
      }),
    };
  if (!isInternalTarget(boundary.files[0]!, configPath))
    return { kind: 'refused', reason: msg('openclaw.includeExternal', { file: boundary.files[0]! }) };
  return { kind: 'include', include: boundary, file: boundary.files[0]! };
}

/** Per include, whether nothing under it can ever be written (list, keys beside it, in a list, root, outside). */
export function isIncludeLocked(inc: IncludeProvenance, includes: readonly IncludeProvenance[], configPath: string) {
  if (inc.segments.length === 0 || !isSoleOwner(inc) || inc.hasArrayAncestor) return true;
  if (includes.some((o) => isPrefix(o.segments, inc.segments) && o !== inc && !isSoleOwner(o))) return true;
  return !isInternalTarget(inc.files[0]!, configPath);
}

/**
 * What the editor needs to know about the includes: the paths nothing can be written under
 * (read-only sections) and, per include, its file relative to the config folder and whether
 * an edit under it is written through. An include that did not resolve locks its whole path.
 */
export function includeSources(loaded: {
  path: string;
  config: Record<string, unknown>;
  includes: readonly IncludeProvenance[];
  includeError: string | null;
}): { includes: string[]; sources: IncludeSource[] } {
  if (loaded.includeError) return { includes: findIncludes(loaded.config), sources: [] };
  const { includes, path: configPath } = loaded;
  return {
    includes: includes.filter((inc) => isIncludeLocked(inc, includes, configPath)).map((inc) => inc.path),
    sources: includes.map((inc) => ({
      path: [...inc.segments],
      files: inc.files.map((f) => relativeFile(f, configPath)),
      writable:
        writeBoundary([[...inc.segments, '\u0000']], includes) === inc && isInternalTarget(inc.files[0]!, configPath),
    })),
  };
}
