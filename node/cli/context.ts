/**
 * The state one CLI invocation shares across commands: the global `--config`, the
 * services (loaded and built on first use, so `--help` and cheap commands never load
 * them), and `call`, which goes through the same dispatcher as the desktop app and the
 * headless panel and turns error envelopes into CliErrors that carry the call's problem.
 */
import type { CallInput, CallOutput } from '@shared/api/contract';
import type { CallName } from '@shared/api/names';
import type { Dispatcher } from '@node/api/dispatcher';
import type { Services } from '@node/services/container';
import { APP_VERSION } from '@node/platform/app-root';
import { createTranslator, englishOf, languageFromEnv } from '@locales/translate';
import type { Message } from '@shared/i18n/message';
import { CliError, type CliIo } from './io';
import { messageSchema, msg } from '@shared/i18n/message';
import { helpMessage, type HelpKey } from './help-text';

export interface CliContext {
  io: CliIo;
  configFlag?: string;
  /** `--force`: the user confirms saves that drop gateway.mode or shrink the file by more than half. */
  force: boolean;
  services(host?: Services['options']['host']): Promise<Services>;
  dispatcher(): Promise<Dispatcher>;
  call<K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>>;
  /** Prints a value as JSON (for `--json`) on stdout. */
  printJson(value: unknown): void;
  /** A message in the language the system locale asks for (LC_ALL, LC_MESSAGES, LANG). */
  text(m: Message): string;
  /** A text of `--help` (a command's, an option's or an argument's description) in that language. */
  help(key: HelpKey, params?: Record<string, string>): string;
}

export function createCliContext(io: CliIo, configFlag?: string, force = false, openclawFlag?: string): CliContext {
  let services: Promise<Services> | undefined;
  let dispatcher: Promise<Dispatcher> | undefined;
  const translator = createTranslator(languageFromEnv(io.env), 'cli');
  const context: CliContext = {
    io,
    configFlag,
    force,
    services(host = 'cli') {
      services ??= import('@node/host/services').then(({ createServices }) =>
        createServices({ host, appVersion: APP_VERSION, configFlag, openclawFlag, env: io.env }),
      );
      return services;
    },
    dispatcher() {
      dispatcher ??= Promise.all([
        import('@node/api/dispatcher'),
        import('@node/api/handlers'),
        context.services(),
      ]).then(([{ createDispatcher }, { createHandlers }, built]) =>
        createDispatcher(createHandlers(built), { logError: (line) => io.err(`${line}\n`), english: englishOf }),
      );
      return dispatcher;
    },
    async call(name, input) {
      const envelope = await (await context.dispatcher()).call(name, input ?? {});
      if (!envelope.ok) {
        // The CLI built the payload; a schema complaint is about what the user typed, so say just that:
        // the payload's path (operations.1.id) is the CLI's own, its last name says which value.
        const issue = (envelope.error.details as { issues?: { path: string; detail?: unknown }[] } | undefined)
          ?.issues?.[0];
        const detail = messageSchema.safeParse(issue?.detail);
        if (envelope.error.code === 'INVALID_INPUT' && issue && detail.success) {
          const path = issue.path.split('.').pop()!;
          throw new CliError({ ...envelope.error, message: msg('config.issue', { path, detail: detail.data }) });
        }
        throw new CliError(envelope.error);
      }
      return envelope.data as CallOutput<typeof name>;
    },
    printJson(value) {
      io.out(`${JSON.stringify(value, null, 2)}\n`);
    },
    text: (m) => translator.message(m),
    help: (key, params) => translator.message(helpMessage(key, params)),
  };
  return context;
}
