/**
 * A user-facing message as data: a stable code and its parameters. `shared/` and the
 * services return these; the renderer, tray and CLI translate them (see `locales/`).
 * A parameter may itself be a message (e.g. the role "fallback 2" inside a finding); it
 * is translated first.
 */
import { z } from 'zod';

const CODE = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9_]+)+$/;
export type MessageParam = string | number | boolean | null | Message;
export type MessageParams = { [name: string]: MessageParam };
export interface Message {
  /** `<domain>.<key>`, e.g. `checks.refUnresolved`; the domain names a file in `locales/messages/`. */
  code: string;
  params?: MessageParams;
}

export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    code: z.string().regex(CODE),
    params: z.record(z.string(), messageParamSchema).optional(),
  }),
);
export const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), messageSchema]),
);

/** Builds a message; parameters that are undefined are left out. */
export function msg(code: string, params?: Record<string, MessageParam | undefined>): Message {
  if (!params) return { code };
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as MessageParams;
  return Object.keys(clean).length ? { code, params: clean } : { code };
}

/** The same message with `fn` applied to every string parameter, nested ones too (e.g. to mask secrets). */
export function mapMessageStrings(m: Message, fn: (text: string) => string): Message {
  if (!m.params) return m;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(m.params))
    params[name] = typeof value === 'string' ? fn(value) : isMessage(value) ? mapMessageStrings(value, fn) : value;
  return { code: m.code, params };
}

/** True for a value shaped like a message (used where a field may hold text or a message). */
export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === 'object' && typeof (value as Message).code === 'string';
}
