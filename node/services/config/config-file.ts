/**
 * Reads the OpenClaw config file from disk and parses it as JSON5 (as OpenClaw does,
 * with json5@2), turning every failure into a state the UI can show: missing,
 * unreadable (with the OS error), or malformed (with line and column). Unchanged bytes
 * are not parsed twice (parsed-cache.ts).
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readRegularFile } from '@node/platform/regular-file';
import { MAX_TEXT_LENGTH } from '@shared/json5/limits';
import { parseJson5Fast } from '@shared/json5/fast-parse';
import type { ParseErrorInfo } from '@shared/api/schemas/config-summary';
import { msg, type Message } from '@shared/i18n/message';
import { decodeConfigBytes } from '@shared/json5/text-bytes';
import { typographicQuotesOnLine } from '@shared/json5/typographic-quotes';
import { ownerCannotWrite, modeText } from './atomic-write';
import { backupPath } from './backups';
import { parseCached } from './parsed-cache';

export type ConfigFileRead =
  | { state: 'ok'; text: string; value: unknown }
  | { state: 'missing' }
  | { state: 'unreadable'; ioError: string }
  | { state: 'malformed'; text: string; parseError: ParseErrorInfo };

const BOM = '\uFEFF';

/** Parses JSON5 text (a leading BOM allowed); throws a ParseErrorInfo-shaped error. */
export function parseJson5(text: string): unknown {
  return parseJson5Fast(text.startsWith(BOM) ? text.slice(1) : text);
}

export function describeParseError(error: unknown, text?: string, filePath?: string): ParseErrorInfo {
  const e = error as { message?: string; lineNumber?: number; columnNumber?: number };
  const message = (e?.message ?? String(error)).replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '');
  const line = typeof e?.lineNumber === 'number' ? e.lineNumber : null;
  const info: ParseErrorInfo = {
    message,
    line,
    column: typeof e?.columnNumber === 'number' ? e.columnNumber : null,
  };
  if (text !== undefined && line !== null && /invalid character '[“”‘’]'/.test(message)) {
    info.typographicQuotes = msg('openclaw.curlyQuotes', { line, chars: typographicQuotesOnLine(text, line) });
  }
  if (filePath !== undefined) info.backup = existsSync(backupPath(filePath)) ? backupPath(filePath) : null;
  return info;
}

/** The file's text; bytes that are not UTF-8 survive the round trip (shared/json5/text-bytes.ts). */
export async function readConfigText(filePath: string): Promise<string> {
  return decodeConfigBytes(await readRegularFile(filePath, MAX_TEXT_LENGTH));
}

export async function readConfigFile(filePath: string): Promise<ConfigFileRead> {
  let bytes: Uint8Array;
  try {
    // A pipe or a device is refused before any read; a file past the editor's limit, by its size.
    bytes = await readRegularFile(filePath, MAX_TEXT_LENGTH);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', ioError: `${err.code ?? 'error'}: ${err.message}` };
  }
  try {
    // Unchanged bytes are not parsed again (parsed-cache.ts); the value is shared and frozen.
    const { text, value } = parseCached(filePath, bytes, decodeConfigBytes, parseJson5);
    return { state: 'ok', text, value };
  } catch (error) {
    const text = decodeConfigBytes(bytes);
    return { state: 'malformed', text, parseError: describeParseError(error, text, filePath) };
  }
}

/** OPENCLAW_CONFIG_READONLY=1 (or Nix mode) makes every writer refuse, as in OpenClaw. */
export function envReadOnly(env: Readonly<Record<string, string | undefined>>): Message | null {
  if (env.OPENCLAW_CONFIG_READONLY === '1') return msg('config.readOnlyEnv');
  if (env.OPENCLAW_NIX_MODE === '1') return msg('config.readOnlyNix');
  return null;
}

/** Why the file itself may not be written: no owner-write bit (0444, 0400). Claw Control never chmods it. */
export async function fileReadOnly(filePath: string): Promise<Message | null> {
  try {
    const { mode } = await stat(filePath);
    return ownerCannotWrite(mode) ? msg('config.readOnlyFile', { mode: modeText(mode) }) : null;
  } catch {
    return null; // Missing or unreadable: reported by the read itself.
  }
}
