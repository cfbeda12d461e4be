/**
 * A failed call as the panel keeps it: the service's own words as a Message (an API error's
 * `text`, a `details.message`, an OperationError's `text`) to translate where it is shown,
 * else the error's text (a transport failure the browser words).
 */
import { ApiCallError } from '@shared/api/errors';
import { isMessage, type Message } from '@shared/i18n/message';

export type Failure = Message | string;

export function failure(error: unknown): Failure {
  const text = (error as { text?: unknown } | null)?.text;
  if (isMessage(text)) return text;
  const said = error instanceof ApiCallError ? (error.details as { message?: unknown } | undefined)?.message : null;
  if (isMessage(said)) return said;
  return error instanceof Error ? error.message : String(error);
}
