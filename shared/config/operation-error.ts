/** The error a config operation throws for a request it cannot carry out; nothing is changed. */
import type { Message } from '../i18n/message';

export class OperationError extends Error {
  /** What to tell the user, translated where it is shown; `message` is its code (for logs). */
  readonly text: Message;
  constructor(text: Message) {
    super(text.code);
    this.name = 'OperationError';
    this.text = text;
  }
}
