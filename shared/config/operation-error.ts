/** The error a config operation throws for a request it cannot carry out; nothing is changed. */
import { msg, type Message } from '../i18n/message';
import { problem, type Problem } from '../api/problem';

export class OperationError extends Error {
  /** What to tell the user, translated where it is shown; `message` is its code or English text (for logs). */
  readonly text: Message;
  constructor(text: Message | string, detail?: Message) {
    super(typeof text === 'string' ? text : text.code);
    this.text = typeof text === 'string' ? (detail ?? msg('common.unexpected', { detail: text })) : text;
    this.name = 'OperationError';
  }

  /** What `problemOf` reads: a request that cannot be carried out. */
  get problem(): Problem {
    return problem('INVALID_INPUT', this.text);
  }

  /** The same message (the JSON5 engine's name for it). */
  get detail(): Message {
    return this.text;
  }
}
