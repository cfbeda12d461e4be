/** API shapes for the installed OpenClaw: where it is, its version, and the schema Claw Control uses. */
import { z } from 'zod';
import { helpNodeSchema } from '@shared/config/schema-help';
import { messageSchema } from '@shared/i18n/message';

export const openclawInfoSchema = z.object({
  /** The binary in use, or null when none was found. */
  path: z.string().nullable(),
  source: z.enum(['flag', 'setting', 'env', 'path', 'npm-prefix', 'homebrew']).nullable(),
  /** What `openclaw --version` said, parsed (`2026.9.6`), or null. */
  version: z.string().nullable(),
  /** Why the version is unknown (not installed, timed out, …). */
  problem: messageSchema.nullable(),
  /** The path saved in Claw Control's settings (null: find it automatically). */
  configuredPath: z.string().nullable(),
  schema: z.object({
    version: z.string(),
    source: z.enum(['installed', 'cache', 'bundled']),
    note: messageSchema.nullable(),
  }),
});
export type OpenClawInfo = z.infer<typeof openclawInfoSchema>;

export const schemaHelpSchema = z.object({
  version: z.string(),
  source: z.enum(['installed', 'cache', 'bundled']),
  /** Help for `models` and `agents` as OpenClaw's schema titles and describes them. */
  tree: helpNodeSchema,
  /** The `api` values this release accepts for a provider. */
  apis: z.array(z.string()),
});
export type SchemaHelp = z.infer<typeof schemaHelpSchema>;
