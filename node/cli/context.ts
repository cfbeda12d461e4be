/**
 * The state one CLI invocation shares across commands: the global `--config`, the
 * services (loaded and built on first use, so `--help` and cheap commands never load
 * them), and `call`, which goes through the same dispatcher as the desktop app and the
 * headless panel and turns error envelopes into CliErrors.
 */
import type { CallInput, CallOutput } from '@shared/api/contract';
import type { CallName } from '@shared/api/names';
import type { Dispatcher } from '@node/api/dispatcher';
import type { Services } from '@node/services/container';
import { APP_VERSION } from '@node/platform/app-root';
import { createTranslator, languageFromEnv } from '@locales/translate';
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
        createDispatcher(createHandlers(built), { logError: (message) => io.err(`${message}\n`) }),
      );
      return dispatcher;
    },
    async call(name, input) {
      const envelope = await (await context.dispatcher()).call(name, input ?? {});
      if (!envelope.ok) {
        // The CLI built the payload; a schema complaint is about what the user typed, so say just that.
        const issues = (
          envelope.error.details as { issues?: { path: string; message: string; detail?: unknown }[] } | undefined
        )?.issues;
        const issueWords = issues?.[0] ? messageSchema.safeParse(issues[0].detail) : undefined;
        const said = messageSchema.safeParse((envelope.error.details as { message?: unknown } | undefined)?.message);
        const message =
          envelope.error.code === 'INVALID_INPUT' && issues?.[0]
            ? issueWords?.success
              ? // The payload's path (operations.1.id) is the CLI's own; its last name says which value.
                translator.message(
                  msg('config.issue', { path: issues[0].path.split('.').pop()!, detail: issueWords.data }),
                )
              : issues[0].message
            : envelope.error.text
              ? translator.message(envelope.error.text)
              : said.success
                ? translator.message(said.data)
                : envelope.error.message;
        throw new CliError(message);
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
