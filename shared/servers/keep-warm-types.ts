/**
 * Keep-warm (F4) as the contract carries it: what is kept warm, the state of each model's
 * schedule, and the log of what was sent when.
 */
import { z } from 'zod';
import { messageSchema } from '../i18n/message';

export const WARM_METHODS = ['lmstudio-load', 'ping', 'ollama-keep-alive', 'health', 'unload', 'reload'] as const;
export type WarmMethod = (typeof WARM_METHODS)[number];

export const warmLogEntrySchema = z.object({
  at: z.string(),
  ref: z.string(),
  method: z.enum(WARM_METHODS),
  result: z.enum(['ok', 'loaded', 'reloaded', 'unloaded', 'error']),
  latencyMs: z.number().nullable(),
  /** In English, for logs and `--json`. */
  detail: z.string(),
  /** What happened (or failed), to translate where it is shown: panel log, CLI `warm`, tray. */
  text: messageSchema,
});
export type WarmLogEntry = z.infer<typeof warmLogEntrySchema>;

export const warmStateSchema = z.object({
  ref: z.string(),
  method: z.enum(WARM_METHODS).nullable(),
  lastResult: warmLogEntrySchema.nullable(),
  nextAt: z.string().nullable(),
  failures: z.number(),
});
export type WarmState = z.infer<typeof warmStateSchema>;

export const keepWarmReportSchema = z.object({
  kept: z.array(warmStateSchema),
  log: z.array(warmLogEntrySchema),
});
export type KeepWarmReport = z.infer<typeof keepWarmReportSchema>;
