/**
 * Saving an OpenClaw config's text: the lossless JSON5 rewrite, told which strings are
 * model-chain entries (ref-sites.ts) so that a comment describing one model never stays
 * behind to label the model that replaced it. A renamed provider is the same entry.
 */
import { rewriteJson5, type JsonPath } from '../json5/lossless-edit';
import { parseModelRef } from './model-ref';
import { CHAIN_SITES, REF_SITES } from './ref-sites';

function matches(path: JsonPath, pattern: readonly string[]): boolean {
  return (
    path.length === pattern.length && pattern.every((segment, i) => segment === '*' || segment === String(path[i]))
  );
}

/** Whether `path` holds a model-chain entry: a chain site itself, its primary or one of its fallbacks. */
export function isChainEntry(path: JsonPath): boolean {
  if (CHAIN_SITES.some((site) => matches(path, site))) return true;
  if (REF_SITES.some((site) => matches(path, site))) return true;
  const last = path[path.length - 1];
  if (last === 'primary') return CHAIN_SITES.some((site) => matches(path.slice(0, -1), site));
  if (typeof last === 'number' && path[path.length - 2] === 'fallbacks')
    return CHAIN_SITES.some((site) => matches(path.slice(0, -2), site));
  return false;
}

/** A different model took the slot (not the same model under a renamed provider). */
export function replacesChainEntry(path: JsonPath, oldValue: string, newValue: string): boolean {
  if (!isChainEntry(path)) return false;
  const before = parseModelRef(oldValue);
  const after = parseModelRef(newValue);
  return !(before && after && before.model === after.model);
}

/** A ref moves as its model: `lmstudio/x` renamed to `studio/x` and moved in one edit keeps its comments. */
export function chainEntryKey(value: string): string {
  const ref = parseModelRef(value);
  return ref ? `model:${ref.model}` : value;
}

/**
 * The config's new text: `text` rewritten to hold `next`, changing only what changed. `at` is
 * where the file's value sits in the config OpenClaw reads: [] for the config itself, the
 * include's path for an `$include`d file (e.g. ['agents'] for `agents: { $include: … }`), so a
 * chain entry there is known as one and its comments are treated as in the config itself.
 */
export function rewriteConfigText(text: string, current: unknown, next: unknown, at: JsonPath = []): string {
  const replacesEntry =
    at.length === 0
      ? replacesChainEntry
      : (path: JsonPath, oldValue: string, newValue: string) =>
          replacesChainEntry([...at, ...path], oldValue, newValue);
  return rewriteJson5(text, current, next, { replacesEntry, entryKey: chainEntryKey });
}
