/**
 * The one place the renderer's tests build an error envelope (the dispatcher's `ok: false`
 * answer), so a change of the envelope's shape is one edit here. A scripted error is a code
 * and the Message to show (the envelope's error is the one problem type, shared/api/problem.ts).
 */
import { problem, type Envelope, type ErrorCode } from '@shared/api/problem';
import type { Message } from '@shared/i18n/message';
import { hasMessage } from '@locales/translate';

export interface ScriptedError {
  code: ErrorCode;
  /** What the user should read; the code must exist in both catalogs. */
  text: Message;
  details?: unknown;
}

export function errorEnvelope(error: ScriptedError): Envelope<never> {
  if (!hasMessage(error.text.code))
    throw new Error(`A scripted error names a message no catalog has: ${error.text.code}`);
  return { ok: false, error: problem(error.code, error.text, error.details) };
}

/** Thrown by the fake services for a refusal the real ones make (a stale base hash, an unknown id). */
export class Refusal extends Error {
  constructor(readonly error: ScriptedError) {
    super(error.text.code);
  }
}
