/**
 * The state one CLI invocation shares across commands: the global `--config`, the
 * services (built on first use), and `call`, which goes through the same dispatcher
 * as the desktop app and the headless panel and turns error envelopes into CliErrors.
 */
import type { CallInput, CallOutput } from '../../shared/api/contract';
import type { CallName } from '../../shared/api/names';
import { createDispatcher, type Dispatcher } from '../api/dispatcher';
import { createHandlers } from '../api/handlers';
import { createServices, type Services } from '../services';
import { APP_VERSION } from '../services/app-root';
import { CliError, type CliIo } from './io';

export interface CliContext {
  io: CliIo;
  configFlag?: string;
  services(host?: Services['options']['host']): Services;
  dispatcher(): Dispatcher;
  call<K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>>;
  /** Prints a value as JSON (for `--json`) on stdout. */
  printJson(value: unknown): void;
}

export function createCliContext(io: CliIo, configFlag?: string, openclawFlag?: string): CliContext {
  let services: Services | undefined;
  let dispatcher: Dispatcher | undefined;
  const context: CliContext = {
    io,
    configFlag,
    services(host = 'cli') {
      services ??= createServices({ host, appVersion: APP_VERSION, configFlag, openclawFlag, env: io.env });
      return services;
    },
    dispatcher() {
      dispatcher ??= createDispatcher(createHandlers(context.services()), {
        logError: (message) => io.err(`${message}\n`),
      });
      return dispatcher;
    },
    async call(name, input) {
      const envelope = await context.dispatcher().call(name, input ?? {});
      if (!envelope.ok) {
        // The CLI built the payload; a schema complaint is about what the user typed, so say just that.
        const issues = (envelope.error.details as { issues?: { message: string }[] } | undefined)?.issues;
        const message =
          envelope.error.code === 'INVALID_INPUT' && issues?.[0] ? issues[0].message : envelope.error.message;
        throw new CliError(message);
      }
      return envelope.data as CallOutput<typeof name>;
    },
    printJson(value) {
      io.out(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
  return context;
}
