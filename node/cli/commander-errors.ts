/**
 * The usage errors commander prints (`error: unknown option '--nope'`, …), read back into
 * messages so they appear in the user's language. A text of a shape not listed here is
 * printed as commander wrote it.
 */
import { msg, type Message } from '@shared/i18n/message';

type Reader = (match: RegExpMatchArray) => Message;

/** Commander 14's error texts (lib/command.js), most specific first. */
const SHAPES: [RegExp, Reader][] = [
  [/^error: unknown option '(.*)'$/, (m) => msg('cliUsage.error.unknownOption', { flag: m[1] })],
  [/^error: unknown command '(.*)'$/, (m) => msg('cliUsage.error.unknownCommand', { name: m[1] })],
  [/^error: missing required argument '(.*)'$/, (m) => msg('cliUsage.error.missingArgument', { name: m[1] })],
  [/^error: option '(.*)' argument missing$/, (m) => msg('cliUsage.error.optionMissingArgument', { flags: m[1] })],
  [
    /^error: required option '(.*)' not specified$/,
    (m) => msg('cliUsage.error.missingMandatoryOption', { flags: m[1] }),
  ],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => msg('cliUsage.error.tooManyArguments', { command: m[1] ?? 'claw-control', count: Number(m[2]), got: m[3] }),
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. ([^]*)$/,
    (m) => msg('cliUsage.error.invalidOption', { flags: m[1], value: m[2], reason: reason(m[3]!) }),
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. ([^]*)$/,
    (m) => msg('cliUsage.error.invalidArgument', { value: m[1], name: m[2], reason: reason(m[3]!) }),
  ],
];

/** Why a value was refused: commander's list of choices, else our own text as it came. */
function reason(text: string): Message | string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? msg('cliUsage.error.allowedChoices', { list: choices[1] }) : text;
}

/** Commander's "(Did you mean …?)" line under an unknown name. */
function suggestion(line: string): Message | undefined {
  const many = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (many) return msg('cliUsage.error.didYouMeanOneOf', { suggestions: many[1] });
  const one = /^\(Did you mean (.*)\?\)$/.exec(line);
  return one ? msg('cliUsage.error.didYouMean', { suggestion: one[1] }) : undefined;
}

/** The messages of one error text commander printed (its line, then any suggestion), or undefined if unknown. */
export function commanderErrorMessages(text: string): Message[] | undefined {
  const [first = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const shape = SHAPES.find(([pattern]) => pattern.test(first));
  if (!shape) return undefined;
  const hint = rest.length === 1 ? suggestion(rest[0]!) : undefined;
  if (rest.length > 0 && !hint) return undefined;
  return [shape[1](first.match(shape[0])!), ...(hint ? [hint] : [])];
}
