/**
 * Pure edit operations on an OpenClaw config: each takes a config object and returns a
 * new one (the input is never mutated), plus notes for the user (Messages, `editNotes.*`). Bad requests throw an
 * OperationError with a specific message and change nothing. Operations are data (a zod
 * union, operation-schema.ts) so the UI, the HTTP bridge and the CLI send the same thing.
 * This module is the apply loop; each family of operations has its own module.
 */
import type { Message } from '../i18n/message';
import { isPlainObject } from '../json5/deep-equal';
import { applyAgentDefaultsOperation } from './agent-defaults-operations';
import { applyChainOperation } from './chain-operations';
import type { ConfigObject } from './config-access';
import { applyMigrationOperation } from './migration-operation';
import { applyModelRowOperation } from './model-row-operations';
import { OperationError } from './operation-error';
import type { ConfigOperation } from './operation-schema';
import { applyProviderModelOperation } from './provider-model-operations';
import { applyProviderOperation } from './provider-operations';

export { OperationError };
export { configOperationSchema, type ConfigOperation } from './operation-schema';
export { refsUsing } from './ref-removal';
export { resolveUserRef } from './user-ref';

export interface OperationResult {
  config: ConfigObject;
  notes: Message[];
}

function applyOne(config: ConfigObject, op: ConfigOperation, notes: Message[]): void {
  switch (op.op) {
    case 'addProvider':
    case 'updateProvider':
    case 'removeProvider':
    case 'renameProvider':
    case 'setMode':
      return applyProviderOperation(config, op, notes);
    case 'addModel':
    case 'updateModel':
    case 'removeModel':
      return applyProviderModelOperation(config, op, notes);
    case 'setPrimary':
    case 'setChain':
    case 'addFallback':
    case 'removeFallback':
    case 'moveFallback':
    case 'clearFallbacks':
    case 'applyLayout':
      return applyChainOperation(config, op, notes);
    case 'setAlias':
    case 'removeAlias':
    case 'setModelPolicy':
    case 'enableCompaction':
      return applyAgentDefaultsOperation(config, op, notes);
    case 'applyOpenClawMigrations':
    case 'migrateRenamedKeys':
      return applyMigrationOperation(config, op, notes);
    default:
      return applyModelRowOperation(config, op, notes);
  }
}

/** Operations that write only under `agents` (and `models.mode`, applyLayout): the providers need no copy. */
const AGENTS_ONLY = new Set<ConfigOperation['op']>([
  'setPrimary',
  'setChain',
  'addFallback',
  'removeFallback',
  'moveFallback',
  'clearFallbacks',
  'applyLayout',
  'setAlias',
  'removeAlias',
  'setModelPolicy',
  'enableCompaction',
]);

/**
 * The copy the operations write to. Chain and alias edits copy `agents` and the `models` object
 * itself, sharing the providers (megabytes with 10,000 models) with the input, which none of them
 * writes; any other operation copies the whole config.
 */
function writableCopy(config: ConfigObject, operations: readonly ConfigOperation[]): ConfigObject {
  if (!operations.every((op) => AGENTS_ONLY.has(op.op))) return structuredClone(config);
  const next: ConfigObject = { ...config };
  if (config.agents !== undefined) next.agents = structuredClone(config.agents);
  if (isPlainObject(config.models)) next.models = { ...config.models };
  return next;
}

export function applyOperations(config: ConfigObject, operations: readonly ConfigOperation[]): OperationResult {
  const next = writableCopy(config, operations);
  const notes: Message[] = [];
  for (const op of operations) applyOne(next, op, notes);
  return { config: next, notes };
}
