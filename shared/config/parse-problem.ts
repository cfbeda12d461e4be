/** The one wording of a config file that cannot be used — unreadable, or where and why it does not parse with its remedy — shared by the reader, the doctor, `validate` and every surface. */
import type { ParseErrorInfo } from '../api/schemas/config-summary';
import { msg, type Message } from '../i18n/message';

export const unreadableProblem = (path: string, detail: string): Message => msg('config.unreadable', { path, detail });

/** Where and why the file does not parse, and what to do: straighten typographic quotes, restore the backup that exists, or fix it by hand. */
export function parseProblem(path: string, error: ParseErrorInfo): Message {
  const { line, column, message, typographicQuotes, backup } = error;
  const remedy = typographicQuotes
    ? msg('config.remedyQuotes')
    : backup
      ? msg('config.remedyBackup', { backup })
      : msg('config.remedyByHand');
  return line !== null
    ? msg('config.malformedAt', { path, line, column, detail: message, remedy })
    : msg('config.malformed', { path, detail: message, remedy });
}
