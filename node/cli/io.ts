/**
 * What a CLI run reads and writes: its output streams, environment and a stop signal.
 * Tests pass their own; the real binary passes the process's.
 */
import type { Message } from '@shared/i18n/message';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when a long-running command (serve, warm --keep) should stop. */
  signal: AbortSignal;
}

/** A failure a command reports on stderr with a non-zero exit and no stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  /** The message to print, translated by the CLI's locale (when given as a Message). */
  readonly text?: Message;
  constructor(message: string | Message, exitCode = 1) {
    super(typeof message === 'string' ? message : message.code);
    if (typeof message !== 'string') this.text = message;
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export function processIo(): CliIo {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    signal: controller.signal,
  };
}
