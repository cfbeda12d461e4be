/** Contract schemas of repairing the config in the panel: the bad line with its neighbours, the backup ring, a restore's diff, and whether undo can run. */
import { z } from 'zod';
import { messageSchema } from '@shared/i18n/message';
import { parseErrorSchema } from './config-summary';

export const backupEntrySchema = z.object({
  index: z.number().int().min(0),
  path: z.string(),
  modifiedAt: z.string(),
  bytes: z.number().int().min(0),
  parses: z.boolean(),
});

export const excerptLineSchema = z.object({ number: z.number().int().min(1), text: z.string() });

export const configRepairSchema = z.object({
  path: z.string(),
  state: z.enum(['ok', 'missing', 'malformed', 'unreadable']),
  /** Where and why the file does not parse, with its remedy (shared/config/parse-problem.ts); null when it parses. */
  problem: messageSchema.nullable(),
  parseError: parseErrorSchema.nullable(),
  /** The lines around the parser's position, secrets masked. */
  excerpt: z.array(excerptLineSchema),
  /** The config's hash now (null: no file). */
  baseHash: z.string().nullable(),
  backups: z.array(backupEntrySchema),
});

export const restorePreviewSchema = z.object({
  path: z.string(),
  backup: z.string(),
  baseHash: z.string().nullable(),
  diff: z.string(),
});

export const backupIndexSchema = z.number().int().min(0).max(16);

export const undoStatusSchema = z.object({
  available: z.boolean(),
  file: z.string().nullable(),
  /** Why undo cannot run (nothing saved yet, the file changed since, its backup gone, read-only). */
  reason: messageSchema.nullable(),
});
