/** Quote repair: the config with its typographic string quotes (“ ” ‘ ’) straightened, as a diff to review; refused when that alone would not make it parse. */
import { createTwoFilesPatch } from 'diff';
import { msg } from '@shared/i18n/message';
import { isPlainObject } from '@shared/json5/deep-equal';
import { straightenTypographicQuotes } from '@shared/json5/typographic-quotes';
import { configError } from './config-errors';
import { hashText } from './config-document';
import { describeParseError, parseJson5, readConfigText } from './config-file';

export interface QuoteRepairPreview {
  path: string;
  baseHash: string;
  diff: string;
  /** The file's text now and repaired. */
  before: string;
  text: string;
}

export async function previewQuoteRepair(filePath: string): Promise<QuoteRepairPreview> {
  const text = await readConfigText(filePath).catch((error: NodeJS.ErrnoException) => {
    throw configError(
      'IO_ERROR',
      msg('openclaw.quotesUnreadable', { path: filePath, detail: `${error.code ?? ''} ${error.message}`.trim() }),
    );
  });
  const repaired = straightenTypographicQuotes(text);
  if (repaired.replaced === 0) throw configError('NOT_FOUND', msg('openclaw.quotesNone', { path: filePath }));
  let parsed: unknown;
  try {
    parsed = parseJson5(repaired.text);
  } catch (error) {
    throw configError(
      'CONFIG_MALFORMED',
      msg('openclaw.quotesNotEnough', { detail: describeParseError(error).message }),
    );
  }
  if (!isPlainObject(parsed))
    throw configError('CONFIG_MALFORMED', msg('openclaw.quotesNotEnough', { detail: msg('config.topLevelNotObject') }));
  const diff = createTwoFilesPatch(filePath, filePath, text, repaired.text, '', '', { context: 1 });
  return { path: filePath, baseHash: hashText(text), diff, before: text, text: repaired.text };
}
