/**
 * Pure edit operations on an OpenClaw config: each takes a config object and returns a
 * new one (the input is never mutated), plus notes for the user (Messages, `editNotes.*`). Bad requests throw an
 * OperationError with a specific message and change nothing. Operations are data (a zod
 * union, operation-schema.ts) so the UI, the HTTP bridge and the CLI send the same thing.
 * This module is the apply loop; each family of operations has its own module.
 */
import type { Message } from '../i18n/message';
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

export function applyOperations(config: ConfigObject, operations: readonly ConfigOperation[]): OperationResult {
  const next = structuredClone(config);
  const notes: Message[] = [];
  for (const op of operations) applyOne(next, op, notes);
  return { config: next, notes };
}
