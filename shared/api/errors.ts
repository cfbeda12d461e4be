/**
 * Typed errors that cross the API boundary: a stable code, an English message (for logs
 * and as a fallback) and, where the user sees it, the same as a Message to translate;
 * never a stack trace or a secret.
 */
import type { Message } from '../i18n/message';

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
  /** The message in the user's language: translate this where it is shown (see locales/). */
  text?: Message;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** An error a service throws on purpose; its code and message reach the caller as they are. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly text?: Message;

  constructor(code: ErrorCode, message: string, details?: unknown, text?: Message) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.text = text;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.details !== undefined) body.details = this.details;
    if (this.text) body.text = this.text;
    return body;
  }
}

/** The error an API client throws when a call comes back with `ok: false`. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly text?: Message;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.code = body.code;
    this.details = body.details;
    this.text = body.text;
  }
}
