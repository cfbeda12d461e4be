/**
 * The one dispatcher behind every front door (Electron IPC, the headless panel's HTTP
 * bridge, the CLI): it takes a call name and an untrusted payload, validates both
 * against the contract, runs the handler, checks the result's shape, and returns an
 * envelope with either the data or a typed error (code + message, never a stack).
 */
import { msg, type Message } from '@shared/i18n/message';
import { zodIssueDetail } from '@shared/config/issue-detail';
import type { z } from 'zod';
import { calls } from '@shared/api/contract';
import { AppError, type Envelope } from '@shared/api/errors';
import { isCallName } from '@shared/api/names';
import type { Handlers } from './handlers';

export interface Dispatcher {
  call(name: unknown, payload: unknown): Promise<Envelope<unknown>>;
}

export interface DispatcherOptions {
  /** Where unexpected errors are reported (their details never reach the caller). */
  logError?: (message: string) => void;
}

function issuesOf(error: z.ZodError): { path: string; message: string; detail: Message }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
    detail: zodIssueDetail(issue),
  }));
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatcher {
  const logError = options.logError ?? ((message: string) => console.error(message));

  return {
    async call(name, payload) {
      if (!isCallName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown call: ${String(name).slice(0, 80)}` } };
      }
      const spec = calls[name];
      const parsed = spec.input.safeParse(payload ?? {});
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        const first = issues[0];
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `Invalid input for ${name}: ${first ? `${first.path}: ${first.message}` : 'rejected'}`,
            details: { issues },
            ...(first ? { text: msg('common.invalidInput', { path: first.path, detail: first.detail }) } : {}),
          },
        };
      }
      try {
        const handler = handlers[name] as (input: unknown) => Promise<unknown>;
        const result = await handler(parsed.data);
        const checked = spec.output.safeParse(result);
        if (!checked.success) {
          logError(`[dispatcher] ${name} returned a result that breaks the contract: ${checked.error.message}`);
          return { ok: false, error: { code: 'INTERNAL', message: `${name} returned a malformed result` } };
        }
        return { ok: true, data: checked.data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toBody() };
        logError(`[dispatcher] ${name} failed: ${(error as Error)?.message ?? String(error)}`);
        // The cause stays in the log (it may hold a path or a secret); the reader gets where to look, translated.
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `${name} failed unexpectedly`,
            text: msg('common.internal', { call: name }),
          },
        };
      }
    },
  };
}
