/**
 * The words of `claw-control --help` and of commander's usage errors in the user's language:
 * section titles, `[options]`, choices and defaults, the help option and command, and the
 * errors commander prints. Set on the program before its commands are added, so every
 * command inherits them.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import { msg, type Message } from '@shared/i18n/message';
import type { cliHelp } from '@locales/messages/cliHelp';
import type { cliUsage } from '@locales/messages/cliUsage';
import { columns } from './columns';
import { commanderErrorMessages } from './commander-errors';

/** `a.b.c` for every text in a nested catalog. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** A text of `claw-control --help` (`locales/messages/cliHelp.ts`). */
export type HelpKey = Leaves<(typeof cliHelp)['en']>;

/** A word of commander's own (`locales/messages/cliUsage.ts`). */
type UsageKey = Leaves<(typeof cliUsage)['en']>;

export const helpMessage = (key: HelpKey, params?: Record<string, string>): Message => msg(`cliHelp.${key}`, params);

/** Commander's section titles and their keys in `cliUsage.title`. */
const TITLES: Record<string, UsageKey> = {
  'Usage:': 'title.usage',
  'Arguments:': 'title.arguments',
  'Options:': 'title.options',
  'Commands:': 'title.commands',
  'Global Options:': 'title.globalOptions',
};

/** Wraps at spaces and between wide characters (never after opening or before closing punctuation). */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chunks = line.match(
        /\s*(?:[^\s\u2e80-\u9fff\uff00-\uffef]+|[（「『]*[\u2e80-\u9fff\uff00-\uffef][，。；：、）」』！？]*)/g,
      ) ?? [''];
      const lines: string[] = [];
      let current = '';
      for (const chunk of chunks) {
        if (current && columns(current + chunk) > width) {
          lines.push(current);
          current = chunk.trimStart();
        } else current += chunk;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/** Sets the help texts, the help option and command, and error translation on `program`. */
export function configureProgramText(program: Command, text: (m: Message) => string): Command {
  const usage = (key: UsageKey, params?: Record<string, string | number>) => text(msg(`cliUsage.${key}`, params));
  const placeholders = (term: string) =>
    term.replace(/\[options\]/g, usage('placeholder.options')).replace(/\[command\]/g, usage('placeholder.command'));
  const extras = (description: string, choices: readonly string[] | undefined, value: string | undefined) => {
    const items = [
      ...(choices ? [usage('choices', { list: choices.map((c) => JSON.stringify(c)).join(', ') })] : []),
      ...(value !== undefined ? [usage('default', { value })] : []),
    ];
    if (!items.length) return description;
    const extra = usage('extra', { items: items.join(usage('extraSep')) });
    return description ? usage('withExtra', { description, extra }) : extra;
  };
  const defaultOf = (description: string | undefined, value: unknown) =>
    value === undefined ? undefined : (description ?? JSON.stringify(value));
  const base = Help.prototype;
  return program
    .helpOption('-h, --help', usage('help'))
    .helpCommand('help [command]', usage('helpCommand'))
    .showHelpAfterError(usage('seeHelp'))
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? usage(TITLES[title]) : title),
      formatHelp(this: Help, cmd: Command, helper: Help) {
        // Commander puts a space after "Usage:"; a full-width colon already has its own.
        return base.formatHelp.call(this, cmd, helper).replace(/^(\S*：) /, '$1');
      },
      commandUsage(this: Help, cmd: Command) {
        return placeholders(base.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return placeholders(base.subcommandTerm.call(this, cmd));
      },
      optionDescription: (option: Option) => {
        // As commander's own: a default shows for options that take a value (and boolean defaults).
        const shown =
          option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        return extras(
          option.description,
          option.argChoices,
          shown ? defaultOf(option.defaultValueDescription, option.defaultValue) : undefined,
        );
      },
      argumentDescription: (argument: Argument) =>
        extras(
          argument.description,
          argument.argChoices,
          defaultOf(argument.defaultValueDescription, argument.defaultValue),
        ),
      displayWidth: (str: string) => columns(str),
      boxWrap(this: Help, str: string, width: number) {
        return width < this.minWidthToWrap ? str : wrap(str, width);
      },
    })
    .configureOutput({
      outputError: (str, write) => {
        const said = commanderErrorMessages(str);
        write(said ? `${said.map(text).join('\n')}\n` : str);
      },
    });
}
