/**
 * The one dispatcher behind every front door (Electron IPC, the headless panel's HTTP
 * bridge, the CLI): it takes a call name and an untrusted payload, validates both
 * against the contract, runs the handler, checks the result's shape, and returns an
 * envelope with either the data or a Problem (code + Message, never a stack).
 */
import { msg, type Message } from '@shared/i18n/message';
import { zodIssueDetail } from '@shared/config/issue-detail';
import type { z } from 'zod';
import { calls, MAX_INPUT_DEPTH, MAX_INPUT_NODES } from '@shared/api/contract';
import { AppError, problem, type Envelope, type Problem } from '@shared/api/problem';
import { isCallName } from '@shared/api/names';
import type { Handlers } from './handlers';

export interface Dispatcher {
  call(name: unknown, payload: unknown): Promise<Envelope<unknown>>;
}

export interface DispatcherOptions {
  /** Where unexpected faults are reported with their cause (which never reaches the caller). */
  logError?: (line: string) => void;
  /** A message in English for the log: the front door passes the catalog's (`englishOf`); else its code. */
  english?: (m: Message) => string;
}

function issuesOf(error: z.ZodError): { path: string; message: string; detail: Message }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
    detail: zodIssueDetail(issue),
  }));
}

const refused = (problem: Problem): Envelope<never> => ({ ok: false, error: problem });

/**
 * Whether `value` nests deeper than `max` objects or arrays (or holds more than MAX_INPUT_NODES
 * values: an IPC payload may share one object many times). Walked with a stack of its own, so
 * the check itself cannot overflow the call stack it protects.
 */
export function nestsTooDeep(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= max || ++seen > MAX_INPUT_NODES) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatcher {
  const logError = options.logError ?? ((line: string) => console.error(line));
  const english = options.english ?? ((m: Message) => m.code);
  /** Logs a fault the caller gets as `said`, with the cause only the log sees. */
  const logFault = (name: string, said: Problem, cause: string): Envelope<never> => {
    logError(`[dispatcher] ${name}: ${english(said.message)} (${cause})`);
    return refused(said);
  };

  return {
    async call(name, payload) {
      if (!isCallName(name))
        return refused(problem('UNKNOWN_CALL', msg('common.unknownCall', { call: String(name).slice(0, 80) })));
      if (nestsTooDeep(payload))
        return refused(
          problem(
            'INVALID_INPUT',
            msg('common.invalidInput', { path: '(input)', detail: msg('common.tooDeep', { max: MAX_INPUT_DEPTH }) }),
          ),
        );
      const spec = calls[name];
      const parsed = spec.input.safeParse(payload ?? {});
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        const first = issues[0];
        const words = first
          ? msg('common.invalidInput', { path: first.path, detail: first.detail })
          : msg('common.invalidInput', { path: '(input)', detail: msg('schemaIssue.invalid') });
        return refused(problem('INVALID_INPUT', words, { issues }));
      }
      try {
        const handler = handlers[name] as (input: unknown) => Promise<unknown>;
        const result = await handler(parsed.data);
        const checked = spec.output.safeParse(result);
        if (!checked.success)
          return logFault(
            name,
            problem('INTERNAL', msg('common.malformedResult', { call: name })),
            `the result breaks the contract: ${checked.error.message}`,
          );
        return { ok: true, data: checked.data };
      } catch (error) {
        if (error instanceof AppError) return refused(error.problem);
        // The cause stays in the log (it may hold a path or a secret); the reader gets where to look, translated.
        const cause =
          error instanceof Error ? error.message : typeof error === 'string' ? error : 'a non-error was thrown';
        return logFault(name, problem('INTERNAL', msg('common.internal', { call: name })), cause);
      }
    },
  };
}
