/** The pre-upgrade check's call: will the config load in another OpenClaw release, judged by that release's JSON Schema. */
import { z } from 'zod';
import { messageSchema } from '@shared/i18n/message';

export const upgradeCheckInputSchema = z
  .object({
    /** A schema file (`openclaw config schema` of the target release, saved; .json or .json.gz). */
    schemaPath: z.string().min(1).max(4096).optional(),
    /** The target release's `openclaw` binary: its `config schema` and `--version` are asked. */
    openclawPath: z.string().min(1).max(4096).optional(),
    /** The target release, when the schema file does not say it. */
    release: z
      .string()
      .regex(/^\d{4}\.\d{1,2}\.\d{1,3}(-[0-9A-Za-z.]+)?$/)
      .optional(),
  })
  .strict()
  .refine((input) => (input.schemaPath === undefined) !== (input.openclawPath === undefined), {
    message: 'exactly one of schemaPath and openclawPath',
  });

export const upgradeCheckSchema = z.object({
  /** The config checked. */
  path: z.string(),
  /** The target release. */
  version: z.string(),
  /** Where its schema came from (the file, or the binary). */
  schema: z.string(),
  loads: z.boolean(),
  issues: z.array(z.object({ path: z.string(), message: z.string(), detail: messageSchema.optional() })),
  /** Keys the target release reads under a new name, each with its explanation (the one-edit migration fixes them). */
  renamed: z.array(z.object({ path: z.string(), to: z.string(), message: messageSchema })),
});
export type UpgradeCheck = z.infer<typeof upgradeCheckSchema>;
