/**
 * How big and how deep a JSON5 document the editor takes on, and the error it gives
 * beyond that: a clear limit message instead of a stack overflow deep inside a parser.
 */
import { msg, type Message } from '../i18n/message';

/** Nesting deeper than this is refused (OpenClaw configs nest about ten levels). */
export const MAX_DEPTH = 512;
/** Texts longer than this (UTF-16 code units, about 64 MB) are refused. */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024;

export class Json5LimitError extends Error {
  constructor(
    message: string,
    readonly detail: Message,
  ) {
    super(message);
    this.name = 'Json5LimitError';
  }
}

export function tooDeep(line: number): Json5LimitError {
  return new Json5LimitError(
    `the file nests more than ${MAX_DEPTH} levels deep (line ${line}); Claw Control does not edit files nested that deeply`,
    msg('json5.tooDeep', { limit: MAX_DEPTH, line }),
  );
}

/** Refuses a text over the size limit or nested past the depth limit, without recursion. */
export function assertWithinLimits(text: string): void {
  if (text.length > MAX_TEXT_LENGTH) {
    const megabytes = Math.round(text.length / 1024 / 1024);
    throw new Json5LimitError(
      `the file is ${megabytes} MB; Claw Control edits files up to ${MAX_TEXT_LENGTH / 1024 / 1024} MB`,
      msg('json5.tooLarge', { megabytes, limit: MAX_TEXT_LENGTH / 1024 / 1024 }),
    );
  }
  // Cheap pre-scan: brackets outside strings and comments.
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) throw tooDeep(line);
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x0a) line++;
    else if (c === 0x22 || c === 0x27) {
      // Skip a string (a backslash escapes the next character).
      for (i++; i < text.length && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
      i--;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
}
