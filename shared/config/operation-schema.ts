/** The config edit operations as data: one zod union that the UI, the HTTP bridge and the CLI all send. */
import { z } from 'zod';
import { msg } from '../i18n/message';
import { LAYOUTS } from './layouts';
import { MIGRATION_OPERATION_SCHEMAS } from './migration-operation';
import { MODEL_ROW_OPERATION_SCHEMAS } from './model-row-operations';

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
  ...MIGRATION_OPERATION_SCHEMAS,
]);
export type ConfigOperation = z.infer<typeof configOperationSchema>;

/** The operations named `K` (e.g. `OperationOf<'addProvider' | 'removeProvider'>`). */
export type OperationOf<K extends ConfigOperation['op']> = Extract<ConfigOperation, { op: K }>;
