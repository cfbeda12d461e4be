/**
 * Typed errors that cross the API boundary: a stable code and a human message,
 * never a stack trace or a secret.
 */
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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Optional structured detail that is safe to show (field paths, line/column). */
  details?: unknown;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** An error a service throws on purpose; its code and message reach the caller as they are. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** The error an API client throws when a call comes back with `ok: false`. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.code = body.code;
    this.details = body.details;
  }
}
