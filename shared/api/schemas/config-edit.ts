/** Contract schemas of the config editing calls: the document, edit previews, saves and undo. */
import { z } from 'zod';
import { messageSchema } from '@shared/i18n/message';
import { findingSchema } from '@shared/rules/finding';
import { configOperationSchema } from '@shared/config/operations';
import { configPathSourceSchema } from './config-summary';
import { includeSourceSchema } from '@shared/config/include-sources';

const issueSchema = z.object({ path: z.string(), message: z.string(), detail: messageSchema.optional() });

export const editInputSchema = z
  .object({
    operations: z.array(configOperationSchema).min(1).max(500),
    /** The hash of the file the edit was made against; a save refuses when the file changed since. */
    baseHash: z.string().nullable().optional(),
    /** The user confirmed a save that drops gateway.mode or shrinks the file by more than half (see `confirmations`). */
    confirm: z.boolean().optional(),
  })
  .strict();

export const configDocumentSchema = z.object({
  path: z.string(),
  source: configPathSourceSchema,
  exists: z.boolean(),
  hash: z.string().nullable(),
  readOnly: z.boolean(),
  /** Why the file may not be written (null when it may). */
  readOnlyReason: messageSchema.nullable(),
  /** The parsed config with every plaintext credential masked. */
  config: z.record(z.string(), z.unknown()),
  /** Paths (dot-joined) under an `$include` that OpenClaw never writes through (a list, keys beside it, the root…): read-only here. */
  includes: z.array(z.string()),
  /** Each `$include`: the config path it fills and the file it comes from, relative to the config folder. */
  sources: z.array(includeSourceSchema),
  issues: z.array(issueSchema),
  /** Judged for `openclawVersion`: a rule that does not hold for that release is left out. */
  findings: z.array(findingSchema),
  /** The installed OpenClaw's version the findings were judged for; null: none found (the pinned release's rules). */
  openclawVersion: z.string().nullable(),
});

export const editPreviewSchema = z.object({
  path: z.string(),
  /** The file the save writes: the config, or the `$include`d file that holds every change. */
  file: z.string(),
  baseHash: z.string().nullable(),
  changed: z.boolean(),
  diff: z.string(),
  notes: z.array(messageSchema),
  issues: z.array(issueSchema),
  findings: z.array(findingSchema),
  introduced: z.array(findingSchema),
  blockers: z.array(messageSchema),
  /** What the user must confirm before this save goes through (`safety.needsConfirm*`). */
  confirmations: z.array(messageSchema),
});

export const openclawValidationSchema = z.object({
  ran: z.boolean(),
  valid: z.boolean(),
  issues: z.array(issueSchema),
  warnings: z.array(z.string()),
  note: z.string().optional(),
  noteMessage: messageSchema.optional(),
});

export const saveResultSchema = z.object({
  path: z.string(),
  file: z.string(),
  hash: z.string(),
  diff: z.string(),
  notes: z.array(messageSchema),
  backup: z.string().nullable(),
  openclaw: openclawValidationSchema,
});

export const undoResultSchema = z.object({ path: z.string(), file: z.string(), hash: z.string(), diff: z.string() });

export const validationReportSchema = z.object({
  path: z.string(),
  issues: z.array(issueSchema),
  findings: z.array(findingSchema),
  /** The installed OpenClaw's version the findings were judged for; null: none found (the pinned release's rules). */
  openclawVersion: z.string().nullable(),
  openclaw: openclawValidationSchema,
  /**
   * Whose verdict stands: OpenClaw's when it answered (our schema issues then explain, they do not
   * block), ours otherwise; a disagreement is said, never enforced against the user.
   */
  verdict: z.object({
    valid: z.boolean(),
    by: z.enum(['openclaw', 'schema']),
    disagreement: messageSchema.nullable(),
  }),
});
