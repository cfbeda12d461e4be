/**
 * A failed call as the panel keeps it: the problem's Message (read by `problemOf`, the one
 * decoder every surface uses), translated where it is shown (`useFailure`).
 */
import { problemOf } from '@shared/api/problem';
import type { Message } from '@shared/i18n/message';

/** A failure as the panel keeps it: the problem's words, to translate where shown. */
export type Failure = Message;

export function failure(error: unknown): Message {
  return problemOf(error).message;
}
