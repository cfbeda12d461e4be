/**
 * Operations the seed paths need beyond the core set (registered in operations.ts):
 * `keepMergeMode` writes `models.mode: "merge"` when the config has no mode, sent with
 * every "add provider" so the guidance's advice ("keep models.mode: "merge" so hosted
 * fallbacks stay available", seeds/ 本地模型) is followed without the user knowing it.
 */
import { z } from 'zod';
import { msg, type Message } from '../i18n/message';
import { asObject, ensureObject, type ConfigObject } from './config-access';

export const MERGE_MODE_NOTE: Message = msg('editNotes.mergeKept');

export const MODEL_ROW_OPERATION_SCHEMAS = [z.object({ op: z.literal('keepMergeMode') }).strict()] as const;
export type ModelRowOperation = z.infer<(typeof MODEL_ROW_OPERATION_SCHEMAS)[number]>;

export function applyModelRowOperation(config: ConfigObject, op: ModelRowOperation, notes: Message[]): void {
  switch (op.op) {
    case 'keepMergeMode': {
      if (asObject(config.models)?.mode !== undefined) return;
      ensureObject(config, 'models').mode = 'merge';
      notes.push(MERGE_MODE_NOTE);
      return;
    }
  }
}
