/**
 * A user-facing message as data: a stable code and its parameters. `shared/` and the
 * services return these; the renderer, tray and CLI translate them (see `locales/`).
 */
import { z } from 'zod';

export const messageParamSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const messageSchema = z.object({
  /** `<domain>.<key>`, e.g. `checks.refUnresolved`; the domain names a file in `locales/messages/`. */
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9_]+)+$/),
  params: z.record(z.string(), messageParamSchema).optional(),
});
export type Message = z.infer<typeof messageSchema>;
export type MessageParams = NonNullable<Message['params']>;

/** Builds a message; parameters that are undefined are left out. */
export function msg(code: string, params?: Record<string, string | number | boolean | null | undefined>): Message {
  if (!params) return { code };
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as MessageParams;
  return Object.keys(clean).length ? { code, params: clean } : { code };
}
