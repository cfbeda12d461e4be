/** Where an operation writes: objects found or created (a wrong shape refused, never replaced), a required provider, fields set. */
import { msg } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import { asObject, providersOf, type ConfigObject } from './config-access';
import { OperationError } from './operation-error';

export type Obj = Record<string, unknown>;

export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

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
export function wrongShape(path: string, value: unknown, expected = EXPECTED[path] ?? 'object'): OperationError {
  const shape = (name: string) => msg(`editNotes.shape.${name}`);
  return new OperationError(
    msg('json5.wrongShape', { path, found: shape(describeShape(value)), expected: shape(expected) }),
  );
}

/** `parent[key]` as an object, created when absent; a value of another shape is refused, never replaced. */
export function objectAt(parent: Obj, key: string, path: string): Obj {
  if (!hasOwn(parent, key) || parent[key] === undefined) {
    const created: Obj = {};
    parent[key] = created;
    return created;
  }
  const existing = parent[key];
  if (isPlainObject(existing)) return existing;
  throw wrongShape(path, existing);
}

export const agentsDefaults = (config: ConfigObject): Obj =>
  objectAt(objectAt(config, 'agents', 'agents'), 'defaults', 'agents.defaults');
export const providersMap = (config: ConfigObject): Obj =>
  objectAt(objectAt(config, 'models', 'models'), 'providers', 'models.providers');

/** Refuses an edit of a config whose existing parts have a shape the edit cannot extend. */
function readableProviders(config: ConfigObject): Obj {
  const models = config.models;
  if (models !== undefined && !isPlainObject(models)) throw wrongShape('models', models);
  const providers = asObject(models)?.providers;
  if (providers !== undefined && !isPlainObject(providers)) throw wrongShape('models.providers', providers);
  return providersOf(config);
}

export function requireProvider(config: ConfigObject, id: string): Obj {
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

/** Sets the fields of `set` (null or undefined deletes one) and deletes those named in `unset`. */
export function applyFields(target: Obj, set: Obj = {}, unset: string[] = []): void {
  for (const [key, value] of Object.entries(set)) {
    if (value === null || value === undefined) delete target[key];
    else target[key] = value;
  }
  for (const key of unset) delete target[key];
}
