/** What reading one typed form value gives: the value, or why it is refused (and, where one exists, the fix to offer). */
import type { Message } from '../i18n/message';

export type InputResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      problem: Message;
      /** A corrected text to offer the user (never applied without asking), e.g. the URL with its scheme. */
      suggestion?: string;
    };

export const accept = <T>(value: T): InputResult<T> => ({ ok: true, value });
export const refuse = <T>(problem: Message, suggestion?: string): InputResult<T> =>
  suggestion === undefined ? { ok: false, problem } : { ok: false, problem, suggestion };
