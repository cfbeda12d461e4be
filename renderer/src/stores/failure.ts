/**
 * A failed call as the panel keeps it: the problem's Message (read by `problemOf`, the one
 * decoder every surface uses), translated where it is shown (`useFailure`).
 */
import { problemOf } from '@shared/api/problem';
import type { Message } from '@shared/i18n/message';

/** Always a Message from `failure()`; a string only where a caller still keeps an error's own text. */
export type Failure = Message | string;

export function failure(error: unknown): Message {
  return problemOf(error).message;
}
