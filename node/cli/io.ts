/**
 * What a CLI run reads and writes: its output streams, environment and a stop signal.
 * Tests pass their own; the real binary passes the process's.
 */
import { problem, type Problem } from '@shared/api/problem';
import { isMessage, msg, type Message } from '@shared/i18n/message';
import { terminalSafe } from './terminal-safe';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when a long-running command (serve, warm --keep) should stop. */
  signal: AbortSignal;
}

/**
 * A failure a command reports on stderr (or as JSON with `--json`) with a non-zero exit and no
 * stack trace. Its one slot is a problem: a call's own, or one made of the command's words
 * (a Message; a string is text already in the reader's language). Exit 2 is a usage error.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly problem: Problem;
  constructor(said: Problem | Message | string, exitCode = 1) {
    const words = typeof said === 'string' ? msg('common.said', { text: said }) : said;
    const carried = 'message' in words && isMessage(words.message) ? (words as Problem) : null;
    const message = carried ? carried.message : (words as Message);
    super(message.code);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.problem = carried ?? problem(exitCode === 2 ? 'INVALID_INPUT' : 'FAILED', message);
  }
}

/**
 * The same streams, every write made terminal-safe: the CLI prints names and messages that model
 * servers and remote panels chose, and a terminal obeys the escapes in them. `runCli` writes only
 * through this.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
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
