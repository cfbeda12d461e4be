/**
 * The one problem type: a fault as a stable code, the Message to show and optional safe
 * details; the envelope every call answers with; the errors that carry a problem; and
 * `problemOf`, the one decoder every surface (panel, CLI, `--json`, tray) reads faults with.
 */
import { z } from 'zod';
import { messageSchema, msg, type Message } from '../i18n/message';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFIG_MALFORMED',
  'CONFIG_READONLY',
  'CONFIG_INVALID',
  'CONFIG_CHANGED_ON_DISK',
  /** The save needs an explicit confirmation (it drops gateway.mode or shrinks the file by more than half). */
  'CONFIRM_REQUIRED',
  'CONFLICT',
  'IO_ERROR',
  'UNREACHABLE',
  'TIMEOUT',
  'INTERNAL',
  /** A command's own verdict is "no" (the doctor found problems, a check-up failed): nothing broke. */
  'FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const errorCodeSchema = z.enum(ERROR_CODES);

/** A fault as every surface sees it; never a stack trace or a secret. */
export interface Problem {
  code: ErrorCode;
  /** What to tell the user, translated where it is shown (see locales/). */
  message: Message;
  /** Optional structured detail that is safe to show (field paths, line/column). */
  details?: unknown;
}

export const problemSchema: z.ZodType<Problem> = z.object({
  code: errorCodeSchema,
  message: messageSchema,
  details: z.unknown().optional(),
});

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: Problem };

/** A problem; `details` left out when undefined (so it survives JSON unchanged). */
export function problem(code: ErrorCode, message: Message, details?: unknown): Problem {
  return details === undefined ? { code, message } : { code, message, details };
}

/** An error a service throws on purpose; its problem reaches the caller as it is. */
export class AppError extends Error {
  readonly problem: Problem;

  constructor(code: ErrorCode, message: Message, details?: unknown) {
    // The message code names the fault in a stack trace; the words live in the catalog.
    super(message.code);
    this.name = 'AppError';
    this.problem = problem(code, message, details);
  }

  get code(): ErrorCode {
    return this.problem.code;
  }

  get details(): unknown {
    return this.problem.details;
  }
}

/** The error an API client throws when a call comes back with `ok: false`. */
export class ApiCallError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message.code);
    this.name = 'ApiCallError';
    this.problem = problem;
  }

  get code(): ErrorCode {
    return this.problem.code;
  }
}

/** The words for a fault nobody put into words (a bug, a crash): its cause belongs in the log. */
export const UNEXPECTED: Problem = { code: 'INTERNAL', message: msg('common.faultUnexpected') };

/**
 * The one decoder: what any thrown value says to the user. An error that carries a problem
 * (AppError, ApiCallError and every error class with words for the user) gives it; anything
 * else is `INTERNAL` with generic words — never its stack, its English or "[object Object]".
 */
export function problemOf(error: unknown): Problem {
  const carried = (error as { problem?: unknown } | null | undefined)?.problem;
  if (error !== null && typeof error === 'object') {
    if (problemSchema.safeParse(carried).success) return carried as Problem;
  }
  return UNEXPECTED;
}
