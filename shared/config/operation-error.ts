/** The error a config operation throws for a request it cannot carry out; nothing is changed. */
export class OperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperationError';
  }
}
