/**
 * Parsed configs by content: the file's bytes are read and hashed on every read, and only
 * bytes never seen before are parsed again (a 2 MB JSON5 parse still costs a tenth of a second or more).
 * Keyed by the content's SHA-256, not mtime + size, so any outside edit is seen on the
 * next read — even one that keeps the size and restores the mtime. The cached value is
 * deep-frozen: it is shared by every reader, and none may change it in place.
 */
import { createHash } from 'node:crypto';

interface Entry {
  digest: string;
  text: string;
  value: unknown;
}

/** Last parse per file path: one entry each, so the cache never outgrows the configs in use. */
const byPath = new Map<string, Entry>();
const MAX_PATHS = 16;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const digestBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The parsed value of `bytes` read from `filePath`: the cached one when the bytes are those
 * parsed last time, else `decode` + `parse` now (a parse error propagates and nothing is kept).
 */
export function parseCached(
  filePath: string,
  bytes: Uint8Array,
  decode: (bytes: Uint8Array) => string,
  parse: (text: string) => unknown,
): { text: string; value: unknown } {
  const digest = digestBytes(bytes);
  const hit = byPath.get(filePath);
  if (hit && hit.digest === digest) return hit;
  const text = decode(bytes);
  const value = deepFreeze(parse(text));
  byPath.delete(filePath);
  if (byPath.size >= MAX_PATHS) byPath.delete(byPath.keys().next().value!);
  const entry = { digest, text, value };
  byPath.set(filePath, entry);
  return entry;
}

/**
 * `derive(value)` computed once per cached value (by identity): summaries, masks and checks of
 * an unchanged config are not recomputed on every call. Only for pure functions of `value`;
 * a value that is not frozen (not from the cache) is derived anew each time.
 */
export function memoByValue<V extends object, R>(derive: (value: V) => R): (value: V) => R {
  const results = new WeakMap<V, R>();
  return (value) => {
    // Only a frozen value (from the cache) cannot change behind the memo.
    if (!Object.isFrozen(value)) return derive(value);
    if (results.has(value)) return results.get(value)!;
    const result = derive(value);
    results.set(value, result);
    return result;
  };
}
