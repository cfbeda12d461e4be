/** The error a config operation throws for a request it cannot carry out; nothing is changed. */
import { msg, type Message } from '../i18n/message';

export class OperationError extends Error {
  /** What to tell the user, translated where it is shown; `message` is its code or English text (for logs). */
  readonly text: Message;
  constructor(text: Message | string, detail?: Message) {
    super(typeof text === 'string' ? text : text.code);
    this.text = typeof text === 'string' ? (detail ?? msg('common.unexpected', { detail: text })) : text;
    this.name = 'OperationError';
  }

  /** The same message (the JSON5 engine's name for it). */
  get detail(): Message {
    return this.text;
  }
}
