/** The error a config operation throws for a request it cannot carry out; nothing is changed. */
import type { Message } from '../i18n/message';

export class OperationError extends Error {
  constructor(
    message: string,
    /** The same as a message to translate, where one exists (`json5.*`). */
    readonly detail?: Message,
  ) {
    super(message);
    this.name = 'OperationError';
  }
}
