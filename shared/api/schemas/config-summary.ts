/** The Overview's view of the OpenClaw config file: where it is, whether it parses, what it holds. */
import { z } from 'zod';
import { messageSchema } from '@shared/i18n/message';

export const configPathSourceSchema = z.enum([
  'flag',
  'OPENCLAW_CONFIG_PATH',
  'OPENCLAW_STATE_DIR',
  'OPENCLAW_PROFILE',
  'default',
  'legacy',
]);
export type ConfigPathSource = z.infer<typeof configPathSourceSchema>;

export const parseErrorSchema = z.object({
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  /** Set when typographic quotes (“ ” ‘ ’) cause the error: the plain-words explanation; a one-click fix exists. */
  typographicQuotes: messageSchema.nullable().optional(),
  /** The backup file to restore, only when one exists. */
  backup: z.string().nullable().optional(),
});
export type ParseErrorInfo = z.infer<typeof parseErrorSchema>;

export const configSummarySchema = z.object({
  path: z.string(),
  source: configPathSourceSchema,
  /** `missing` is a normal state: OpenClaw has not written a config yet. */
  state: z.enum(['ok', 'missing', 'malformed', 'unreadable']),
  readOnly: z.boolean(),
  /** Why the file may not be written (null when it may). */
  readOnlyReason: messageSchema.nullable(),
  parseError: parseErrorSchema.nullable(),
  ioError: z.string().nullable(),
  /** Set once watching the file failed: outside edits are no longer seen (shown as a banner). */
  watchError: messageSchema.optional(),
  summary: z
    .object({
      providerIds: z.array(z.string()),
      modelCount: z.number().int(),
      primary: z.string().nullable(),
      fallbacks: z.array(z.string()),
      mode: z.string().nullable(),
    })
    .nullable(),
});
export type ConfigSummary = z.infer<typeof configSummarySchema>;
