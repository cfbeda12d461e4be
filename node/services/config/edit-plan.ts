/**
 * The edit plan: the operations applied to the document as OpenClaw reads it, and which file the
 * result is written to — the config itself, or the one `$include` file that owns every change
 * (include-writes.ts) — with its text and value before and after. Refusals go into `blockers`.
 */
import { msg, type Message } from '@shared/i18n/message';
import type { ConfigObject } from '@shared/config/config-access';
import { OperationError } from '@shared/config/operation-error';
import { applyOperations, type ConfigOperation } from '@shared/config/operations';
import { findIncludes, touchesInclude } from '@shared/config/validate';
import { isPlainObject } from '@shared/json5/deep-equal';
import { configError } from './config-errors';
import type { ConfigDocument } from './config-document';
import { hashText } from './config-document';
import { parseJson5 } from './config-file';
import { changedConfigPaths, planIncludeWrite } from './include-writes';

export interface EditPlan {
  /** The file this edit writes. */
  file: string;
  /** Where the written file's value sits in the config: the root, or the include's path. */
  at: readonly string[];
  /** That file's text and hash now (the compare-and-swap of the save). */
  text: string;
  fileHash: string | null;
  /** That file's value now and after the edit. */
  current: unknown;
  next: unknown;
  /** The whole config as OpenClaw reads it, before and after. */
  before: ConfigObject;
  after: ConfigObject;
  notes: Message[];
}

/** The top-level-ish paths whose values differ between two configs. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

export function planEdit(doc: ConfigDocument, operations: readonly ConfigOperation[], blockers: Message[]): EditPlan {
  const main = {
    file: doc.path,
    at: [] as readonly string[],
    text: doc.text,
    fileHash: doc.textHash,
    current: doc.exists ? doc.config : ({} as unknown),
  };
  if (doc.includes.length === 0) {
    const result = applyOrRefuse(doc.config, operations);
    // An include that did not resolve: its part of the file is never rewritten.
    const includes = findIncludes(doc.config);
    const touched = changedPaths(doc.config, result.config).filter((p) => touchesInclude(p, includes));
    if (touched.length) blockers.push(msg('config.includeBlocked', { path: touched[0]! }));
    return { ...main, next: result.config, before: doc.config, after: result.config, notes: result.notes };
  }
  const result = applyOrRefuse(doc.resolved, operations);
  const changed = changedConfigPaths(doc.resolved, result.config);
  const plan = planIncludeWrite(changed, doc.includes, doc.path, result.config);
  const common = { before: doc.resolved, after: result.config, notes: result.notes };
  if (plan.kind === 'refused') {
    blockers.push(plan.reason);
    return { ...main, next: main.current, ...common };
  }
  if (plan.kind === 'include') {
    const text = doc.includeTexts.get(plan.file) ?? '';
    return {
      file: plan.file,
      text,
      at: plan.include.segments,
      fileHash: hashText(text),
      current: parseJson5(text),
      next: plan.include.segments.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], result.config),
      ...common,
    };
  }
  return { ...main, next: authoredEdit(doc, operations, changed, result.config), ...common };
}

/** The operations applied; a refused one becomes the API's INVALID_INPUT with its message. */
function applyOrRefuse(config: ConfigObject, operations: readonly ConfigOperation[]) {
  try {
    return applyOperations(config, operations);
  } catch (error) {
    if (error instanceof OperationError) throw configError('INVALID_INPUT', error.text);
    throw error;
  }
}

/**
 * The config file as written after an edit that changes only its own keys (none under an
 * `$include`): the operations on the file itself when they apply there (so a rename keeps
 * its place), else each changed path copied from the resolved result.
 */
function authoredEdit(
  doc: ConfigDocument,
  operations: readonly ConfigOperation[],
  changed: readonly (readonly string[])[],
  resolvedNext: ConfigObject,
): ConfigObject {
  try {
    const direct = applyOperations(doc.config, operations).config;
    const includes = findIncludes(doc.config);
    if (!changedPaths(doc.config, direct).some((p) => touchesInclude(p, includes))) return direct;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error; // It names an included value: copy the paths instead.
  }
  const out = structuredClone(doc.config);
  const at = (root: unknown, p: readonly string[]) =>
    p.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], root) as Record<string, unknown>;
  for (const p of changed) {
    const parent = at(out, p.slice(0, -1));
    const source = at(resolvedNext, p.slice(0, -1));
    const key = p[p.length - 1]!;
    if (Object.hasOwn(source, key)) parent[key] = structuredClone(source[key]);
    else delete parent[key];
  }
  return out;
}
