/**
 * Turns a message into text with an i18next `t`: nested message parameters first, then
 * the text for the interface showing it (`<key>_cli` or `<key>_panel` where the wording
 * differs, e.g. "run claw-control …" vs "click Fix"), falling back to `<key>`.
 */
import type { Message } from '@shared/i18n/message';

/** Where a message is shown: wording may name that interface's own controls. */
export type Surface = 'cli' | 'panel' | 'tray';

type T = (key: string, options: Record<string, unknown>) => string;

export function formatMessage(t: T, m: Message, surface: Surface): string {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(m.params ?? {})) {
    params[name] = value && typeof value === 'object' ? formatMessage(t, value, surface) : value;
  }
  // The values go in `replace`: a parameter named `context` (a token count) must not become
  // i18next's `context` option, which picks the surface's variant here.
  const count = typeof params.count === 'number' ? { count: params.count } : {};
  return t(`msg.${m.code}`, { replace: params, ...count, context: surface, defaultValue: m.code });
}
