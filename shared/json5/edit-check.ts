/** The lossless editor's one error and its one check: re-rendered text must parse (json5) to the intended value. */
import JSON5 from 'json5';
import { msg, type Message } from '../i18n/message';
import { deepEqual } from './deep-equal';

export class LosslessEditError extends Error {
  constructor(
    message: string,
    /** The same, as a message to translate (`json5.*`). */
    readonly detail: Message,
  ) {
    super(message);
    this.name = 'LosslessEditError';
  }
}

/**
 * Checks a re-rendered value on its own: it must parse (json5) to the intended value. Everything
 * around it is copied byte for byte, and it starts and ends on a value's first and last
 * character, so the document parses to the intended value wherever these checks pass.
 */
export function verified(text: string, value: unknown): string {
  let parsed: unknown;
  try {
    // json5 itself, not parseJson5Fast: what is about to be written is checked by the reference parser.
    parsed = JSON5.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new LosslessEditError(
      `the edited text would not parse (${reason}); nothing was written`,
      msg('json5.wouldNotParse', { reason }),
    );
  }
  if (!deepEqual(parsed, value)) {
    throw new LosslessEditError(
      'the edited text does not hold the intended values; nothing was written',
      msg('json5.wrongResult'),
    );
  }
  return text;
}
