/**
 * Pure edit operations on an OpenClaw config: each takes a config object and returns a
 * new one (the input is never mutated), plus notes for the user (Messages, `editNotes.*`). Bad requests throw an
 * OperationError with a specific message and change nothing. Operations are data (a zod
 * union) so the UI, the HTTP bridge and the CLI send the same thing.
 */
import { z } from 'zod';
import { msg, type Message } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import {
  agentDefaults,
  asObject,
  modelChain,
  modelEntries,
  providerModels,
  providersOf,
  refContext,
  type ConfigObject,
} from './config-access';
import { applyLayout, LAYOUTS } from './layouts';
import { applyModelRowOperation, MODEL_ROW_OPERATION_SCHEMAS } from './model-row-operations';
import { formatModelRef, normalizeRef, parseModelRef, resolveRef } from './model-ref';
import { BUNDLED_PROVIDER_IDS } from './openclaw-schema';
import { OperationError } from './operation-error';
import { renameProviderRefs } from './ref-sites';

export { OperationError };

const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]*$/;
const providerId = z
  .string()
  .trim()
  .min(1, 'a provider id is required')
  .refine((id) => PROVIDER_ID.test(id), {
    message: 'provider ids are lower-case letters, digits, ".", "_" or "-" (OpenClaw lower-cases them)',
    params: { detail: msg('schemaIssue.providerIdForm') },
  });
/**
 * A provider that is already in the config, named exactly as written there: a hand-written
 * config may say `LMStudio` (OpenClaw lower-cases ids when it loads them), and its findings'
 * fixes, edits and renames must be able to name it (issue #16). New ids use `providerId`.
 */
const existingProviderId = z.string().trim().min(1, 'a provider id is required');
const ref = z.string().trim().min(1, 'a model reference is required');
const fields = z.record(z.string(), z.unknown());
const position = z.number().int().min(1);

export const configOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addProvider'), id: providerId, provider: fields }).strict(),
  z
    .object({
      op: z.literal('updateProvider'),
      id: existingProviderId,
      set: fields.optional(),
      unset: z.array(z.string()).optional(),
    })
    .strict(),
  z.object({ op: z.literal('removeProvider'), id: existingProviderId, removeRefs: z.boolean().optional() }).strict(),
  z.object({ op: z.literal('renameProvider'), from: existingProviderId, to: providerId }).strict(),
  z.object({ op: z.literal('addModel'), provider: existingProviderId, model: fields }).strict(),
  z
    .object({
      op: z.literal('updateModel'),
      provider: existingProviderId,
      id: z.string().min(1),
      set: fields.optional(),
      unset: z.array(z.string()).optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('removeModel'),
      provider: existingProviderId,
      id: z.string().min(1),
      removeRefs: z.boolean().optional(),
    })
    .strict(),
  z.object({ op: z.literal('setPrimary'), ref }).strict(),
  z.object({ op: z.literal('setChain'), refs: z.array(ref).min(1) }).strict(),
  z.object({ op: z.literal('addFallback'), ref, position: position.optional() }).strict(),
  z.object({ op: z.literal('removeFallback'), ref }).strict(),
  z.object({ op: z.literal('moveFallback'), ref, position }).strict(),
  z.object({ op: z.literal('clearFallbacks') }).strict(),
  z.object({ op: z.literal('setAlias'), ref, alias: z.string().trim().min(1, 'an alias is required') }).strict(),
  z.object({ op: z.literal('removeAlias'), ref }).strict(),
  z.object({ op: z.literal('setMode'), mode: z.enum(['merge', 'replace']) }).strict(),
  z.object({ op: z.literal('setModelPolicy'), allow: z.array(z.string()) }).strict(),
  z.object({ op: z.literal('applyLayout'), layout: z.enum(LAYOUTS) }).strict(),
  z.object({ op: z.literal('enableCompaction') }).strict(),
  ...MODEL_ROW_OPERATION_SCHEMAS,
]);
export type ConfigOperation = z.infer<typeof configOperationSchema>;

export interface OperationResult {
  config: ConfigObject;
  notes: Message[];
}

type Obj = Record<string, unknown>;

function clone(config: ConfigObject): ConfigObject {
  return structuredClone(config);
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** What OpenClaw expects at each object the operations create or extend (`editNotes.shape.*`). */
const EXPECTED: Record<string, string> = {
  agents: 'agents',
  'agents.defaults': 'object',
  'agents.defaults.model': 'modelRef',
  'agents.defaults.models': 'modelsMap',
  'agents.defaults.compaction': 'object',
  models: 'modelsRoot',
  'models.providers': 'providersMap',
};

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value;
}

/** Refuses (never overwrites) a value of the wrong shape where an object is needed. */
function wrongShape(path: string, value: unknown, expected = EXPECTED[path] ?? 'object'): OperationError {
  const shape = (name: string) => msg(`editNotes.shape.${name}`);
  return new OperationError(
    msg('json5.wrongShape', { path, found: shape(describeShape(value)), expected: shape(expected) }),
  );
}

/** `parent[key]` as an object, created when absent; a value of another shape is refused, never replaced. */
function objectAt(parent: Obj, key: string, path: string): Obj {
  if (!hasOwn(parent, key) || parent[key] === undefined) {
    const created: Obj = {};
    parent[key] = created;
    return created;
  }
  const existing = parent[key];
  if (isPlainObject(existing)) return existing;
  throw wrongShape(path, existing);
}

const agentsDefaults = (config: ConfigObject): Obj =>
  objectAt(objectAt(config, 'agents', 'agents'), 'defaults', 'agents.defaults');
const providersMap = (config: ConfigObject): Obj =>
  objectAt(objectAt(config, 'models', 'models'), 'providers', 'models.providers');

/** Refuses an edit of a config whose existing parts have a shape the edit cannot extend. */
function readableProviders(config: ConfigObject): Obj {
  const models = config.models;
  if (models !== undefined && !isPlainObject(models)) throw wrongShape('models', models);
  const providers = asObject(models)?.providers;
  if (providers !== undefined && !isPlainObject(providers)) throw wrongShape('models.providers', providers);
  return providersOf(config);
}

function requireProvider(config: ConfigObject, id: string): Obj {
  const providers = readableProviders(config);
  const provider = hasOwn(providers, id) ? asObject(providers[id]) : undefined;
  if (!provider) {
    const known = Object.keys(providersOf(config));
    throw new OperationError(
      known.length
        ? msg('operations.noProviderKnown', { id, known: known.join(', ') })
        : msg('operations.noProvider', { id }),
    );
  }
  return provider;
}

function applyFields(target: Obj, set: Obj = {}, unset: string[] = []): void {
  for (const [key, value] of Object.entries(set)) {
    if (value === null || value === undefined) delete target[key];
    else target[key] = value;
  }
  for (const key of unset) delete target[key];
}

/** Resolves what the user typed (full ref, alias, or a unique bare model id) to a full ref. */
export function resolveUserRef(config: ConfigObject, raw: string): string {
  const resolved = resolveRef(raw, refContext(config));
  if (resolved.kind === 'unresolved') {
    if (resolved.reason === 'ambiguous') {
      throw new OperationError(msg('operations.ambiguous', { ref: raw, candidates: resolved.candidates!.join(', ') }));
    }
    if (resolved.reason === 'malformed') throw new OperationError(msg('operations.malformed', { ref: raw }));
    throw new OperationError(msg('operations.unresolved', { ref: raw }));
  }
  const full = formatModelRef(resolved.ref);
  const configured = Object.keys(providersOf(config)).map((id) => id.toLowerCase());
  if (!configured.includes(resolved.ref.provider) && !BUNDLED_PROVIDER_IDS.includes(resolved.ref.provider)) {
    throw new OperationError(msg('operations.unknownProvider', { provider: resolved.ref.provider, ref: full }));
  }
  return full;
}

function modelObject(config: ConfigObject): Obj {
  const defaults = agentsDefaults(config);
  if (typeof defaults.model === 'string') defaults.model = { primary: defaults.model };
  const model = objectAt(defaults, 'model', 'agents.defaults.model');
  if (model.fallbacks !== undefined && !Array.isArray(model.fallbacks))
    throw wrongShape('agents.defaults.model.fallbacks', model.fallbacks, 'a list of "provider/model" strings');
  return model;
}

function setChain(config: ConfigObject, primary: string, fallbacks: string[]): void {
  const defaults = agentsDefaults(config);
  // `model: "x"` stays a string while there are no fallbacks (a no-op rewrites nothing).
  if (typeof defaults.model === 'string' && fallbacks.length === 0) {
    defaults.model = primary;
    return;
  }
  const model = modelObject(config);
  model.primary = primary;
  if (fallbacks.length > 0 || Array.isArray(model.fallbacks)) model.fallbacks = fallbacks;
}

/** Refs that mention a provider (or one of its models): primary, fallbacks, alias keys, allow-list. */
export function refsUsing(config: ConfigObject, matches: (ref: string) => boolean): string[] {
  const { primary, fallbacks } = modelChain(config);
  const found: string[] = [];
  if (primary && matches(normalizeRef(primary))) found.push(`primary ${primary}`);
  fallbacks.forEach((f, i) => matches(normalizeRef(f)) && found.push(`fallback ${i + 1} ${f}`));
  for (const key of Object.keys(modelEntries(config)))
    if (matches(normalizeRef(key))) found.push(`agents.defaults.models["${key}"]`);
  const allow = asObject(agentDefaults(config).modelPolicy)?.allow;
  if (Array.isArray(allow))
    for (const entry of allow)
      if (typeof entry === 'string' && matches(normalizeRef(entry))) found.push(`modelPolicy.allow ${entry}`);
  return found;
}

/** Removes every ref `matches` picks; promotes the first surviving fallback when the primary goes. */
function dropRefs(config: ConfigObject, matches: (ref: string) => boolean, notes: Message[]): void {
  const { primary, fallbacks } = modelChain(config);
  const keptFallbacks = fallbacks.filter((f) => !matches(normalizeRef(f)));
  if (primary && matches(normalizeRef(primary))) {
    const [next, ...rest] = keptFallbacks;
    if (next) {
      setChain(config, next, rest);
      notes.push(msg('editNotes.promoted', { ref: next }));
    } else {
      const model = modelObject(config);
      delete model.primary;
      model.fallbacks = [];
      notes.push(msg('editNotes.noPrimaryLeft'));
    }
  } else if (keptFallbacks.length !== fallbacks.length) {
    modelObject(config).fallbacks = keptFallbacks;
  }
  const entries = asObject(agentDefaults(config).models);
  if (entries) for (const key of Object.keys(entries)) if (matches(normalizeRef(key))) delete entries[key];
  const policy = asObject(agentDefaults(config).modelPolicy);
  if (policy && Array.isArray(policy.allow)) {
    policy.allow = policy.allow.filter((entry) => typeof entry !== 'string' || !matches(normalizeRef(entry)));
  }
}

function breakOrRemove(
  config: ConfigObject,
  what: string,
  matches: (ref: string) => boolean,
  removeRefs: boolean | undefined,
  notes: Message[],
) {
  const broken = refsUsing(config, matches);
  if (broken.length === 0) return;
  if (!removeRefs) {
    throw new OperationError(msg('operations.wouldBreak', { what, count: broken.length, refs: broken.join('; ') }));
  }
  dropRefs(config, matches, notes);
  notes.push(msg('editNotes.refsRemoved', { count: broken.length, what }));
}

const isLegacyAllowList = (config: ConfigObject): boolean =>
  asObject(agentDefaults(config).modelPolicy) === undefined &&
  asObject(asObject(config.meta)?.migrations)?.modelPolicyAllowlist !== true;

function applyOne(config: ConfigObject, op: ConfigOperation, notes: Message[]): void {
  switch (op.op) {
    case 'addProvider': {
      const providers = providersMap(config);
      if (hasOwn(providers, op.id)) throw new OperationError(msg('operations.providerExists', { id: op.id }));
      providers[op.id] = structuredClone(op.provider);
      return;
    }
    case 'updateProvider':
      applyFields(requireProvider(config, op.id), op.set, op.unset);
      return;
    case 'removeProvider': {
      requireProvider(config, op.id);
      breakOrRemove(config, op.id, (r) => parseModelRef(r)?.provider === op.id, op.removeRefs, notes);
      delete providersOf(config)[op.id];
      return;
    }
    case 'renameProvider': {
      requireProvider(config, op.from);
      const providers = providersOf(config);
      if (op.from === op.to) throw new OperationError(msg('operations.sameId'));
      if (hasOwn(providers, op.to)) throw new OperationError(msg('operations.providerExists', { id: op.to }));
      // Rebuild the map in order so the provider keeps its place.
      const renamed = Object.fromEntries(Object.entries(providers).map(([id, p]) => [id === op.from ? op.to : id, p]));
      objectAt(config, 'models', 'models').providers = renamed;
      // Every reference OpenClaw follows (ref-sites.ts); the chain keeps its written form.
      const refs = renameProviderRefs(config, op.from, op.to);
      if (refs.renamed.length)
        notes.push(
          msg('editNotes.refsRenamed', { count: refs.renamed.length, to: op.to, refs: refs.renamed.join(', ') }),
        );
      if (refs.remaining.length)
        notes.push(
          msg('editNotes.refsRemaining', {
            count: refs.remaining.length,
            from: op.from,
            refs: refs.remaining.join(', '),
          }),
        );
      return;
    }
    case 'addModel': {
      const provider = requireProvider(config, op.provider);
      const id = op.model.id;
      if (typeof id !== 'string' || !id.trim()) throw new OperationError(msg('operations.modelNeedsId'));
      if (providerModels(provider).some((m) => m.id === id))
        throw new OperationError(msg('operations.modelExists', { provider: op.provider, id }));
      const model = { ...op.model, name: typeof op.model.name === 'string' && op.model.name ? op.model.name : id };
      if (provider.models !== undefined && !Array.isArray(provider.models))
        throw wrongShape(`models.providers.${op.provider}.models`, provider.models, 'modelRows');
      if (!Array.isArray(provider.models)) provider.models = [];
      (provider.models as unknown[]).push(structuredClone(model));
      return;
    }
    case 'updateModel': {
      const model = providerModels(requireProvider(config, op.provider)).find((m) => m.id === op.id);
      if (!model) throw new OperationError(msg('operations.noModel', { provider: op.provider, id: op.id }));
      applyFields(model, op.set, op.unset);
      return;
    }
    case 'removeModel': {
      const provider = requireProvider(config, op.provider);
      const models = providerModels(provider);
      if (!models.some((m) => m.id === op.id))
        throw new OperationError(msg('operations.noModel', { provider: op.provider, id: op.id }));
      const target = `${op.provider}/${op.id}`;
      breakOrRemove(config, target, (r) => r === target, op.removeRefs, notes);
      provider.models = (provider.models as unknown[]).filter((m) => !(isPlainObject(m) && m.id === op.id));
      return;
    }
    case 'setPrimary': {
      const next = resolveUserRef(config, op.ref);
      const { fallbacks } = modelChain(config);
      const without = fallbacks.filter((f) => normalizeRef(f) !== next);
      if (without.length !== fallbacks.length) notes.push(msg('editNotes.fallbackNowPrimary', { ref: next }));
      setChain(config, next, without);
      return;
    }
    case 'setChain': {
      const refs = op.refs.map((r) => resolveUserRef(config, r));
      const duplicate = refs.find((r, i) => refs.indexOf(r) !== i);
      if (duplicate) throw new OperationError(msg('operations.twiceInChain', { ref: duplicate }));
      setChain(config, refs[0]!, refs.slice(1));
      return;
    }
    case 'addFallback': {
      const next = resolveUserRef(config, op.ref);
      const { primary, fallbacks } = modelChain(config);
      if (primary && normalizeRef(primary) === next)
        throw new OperationError(msg('operations.fallbackIsPrimary', { ref: next }));
      const existing = fallbacks.findIndex((f) => normalizeRef(f) === next);
      if (existing >= 0) throw new OperationError(msg('operations.alreadyFallback', { ref: next, n: existing + 1 }));
      const at = op.position === undefined ? fallbacks.length : Math.min(op.position - 1, fallbacks.length);
      const updated = [...fallbacks.slice(0, at), next, ...fallbacks.slice(at)];
      if (!primary) notes.push(msg('editNotes.noPrimaryYet'));
      modelObject(config).fallbacks = updated;
      return;
    }
    case 'removeFallback': {
      const { fallbacks, index } = findFallback(config, op.ref);
      modelObject(config).fallbacks = fallbacks.filter((_, i) => i !== index);
      return;
    }
    case 'moveFallback': {
      const { fallbacks, index } = findFallback(config, op.ref);
      if (op.position > fallbacks.length)
        throw new OperationError(msg('operations.pastEnd', { position: op.position, count: fallbacks.length }));
      const updated = fallbacks.filter((_, i) => i !== index);
      updated.splice(op.position - 1, 0, fallbacks[index]!);
      modelObject(config).fallbacks = updated;
      return;
    }
    case 'clearFallbacks':
      // `model: "x"` has no fallbacks to clear; leave its form alone.
      if (typeof agentDefaults(config).model !== 'string') modelObject(config).fallbacks = [];
      return;
    case 'setAlias': {
      const target = resolveUserRef(config, op.ref);
      if (op.alias.includes('/')) {
        throw new OperationError(msg('operations.aliasWithSlash', { ref: target, alias: op.alias }));
      }
      const entries = modelEntries(config);
      for (const [key, entry] of Object.entries(entries)) {
        const alias = asObject(entry)?.alias;
        if (
          normalizeRef(key) !== target &&
          typeof alias === 'string' &&
          alias.toLowerCase() === op.alias.toLowerCase()
        ) {
          throw new OperationError(msg('operations.aliasTaken', { alias: op.alias, other: key }));
        }
      }
      const legacy = isLegacyAllowList(config) && Object.keys(entries).length === 0;
      const models = objectAt(agentsDefaults(config), 'models', 'agents.defaults.models');
      const key = Object.keys(models).find((k) => normalizeRef(k) === target) ?? target;
      objectAt(models, key, `agents.defaults.models["${key}"]`).alias = op.alias;
      if (legacy) {
        notes.push(msg('editNotes.legacyAllowList'));
      }
      return;
    }
    case 'removeAlias': {
      const target = normalizeRef(resolveRefLoosely(config, op.ref));
      const models = asObject(agentDefaults(config).models);
      const key = models && Object.keys(models).find((k) => normalizeRef(k) === target);
      const entry = key ? asObject(models![key]) : undefined;
      if (!key || !entry || entry.alias === undefined)
        throw new OperationError(msg('operations.noAlias', { ref: op.ref }));
      delete entry.alias;
      if (Object.keys(entry).length === 0 && !isLegacyAllowList(config)) delete models![key];
      return;
    }
    case 'setMode':
      objectAt(config, 'models', 'models').mode = op.mode;
      if (op.mode === 'replace') notes.push(msg('editNotes.replaceMode'));
      return;
    case 'setModelPolicy':
      agentsDefaults(config).modelPolicy = op.allow.length ? { allow: op.allow } : {};
      return;
    case 'applyLayout':
      notes.push(...applyLayout(config, op.layout, setChain));
      return;
    case 'enableCompaction': {
      objectAt(agentsDefaults(config), 'compaction', 'agents.defaults.compaction').enabled = true;
      return;
    }
    default:
      applyModelRowOperation(config, op, notes);
  }
}

/** The fallbacks and the position of `raw` among them; refuses when it is not one. */
function findFallback(config: ConfigObject, raw: string): { fallbacks: string[]; index: number } {
  const { fallbacks } = modelChain(config);
  const target = normalizeRef(resolveRefLoosely(config, raw));
  const index = fallbacks.findIndex((f) => normalizeRef(f) === target);
  if (index < 0)
    throw new OperationError(
      fallbacks.length
        ? msg('operations.notFallback', { ref: raw, fallbacks: fallbacks.join(', ') })
        : msg('operations.noFallbacks', { ref: raw }),
    );
  return { fallbacks, index };
}

/** Resolves a ref for removal/move without requiring its provider to exist. */
function resolveRefLoosely(config: ConfigObject, raw: string): string {
  const resolved = resolveRef(raw, refContext(config));
  return resolved.kind === 'ref' ? formatModelRef(resolved.ref) : raw;
}

export function applyOperations(config: ConfigObject, operations: readonly ConfigOperation[]): OperationResult {
  const next = clone(config);
  const notes: Message[] = [];
  for (const op of operations) applyOne(next, op, notes);
  return { config: next, notes };
}
