/**
 * The one reader of the OpenClaw config: the file's typed state — ok, missing,
 * unreadable (with the OS error), malformed (with line and column) — and whether it may
 * be written (read-only). The editor's store, the summary, the doctor, the servers, the
 * tray and the CLI all read through it, so a broken file reads the same everywhere.
 */
import type { ParseErrorInfo } from '@shared/api/schemas/config-summary';
import type { ConfigObject } from '@shared/config/config-access';
import { msg, type Message } from '@shared/i18n/message';
import { parseProblem, unreadableProblem } from '@shared/config/parse-problem';
import { envReadOnly, fileReadOnly, readConfigFile } from './config-file';
import { configError } from './config-errors';
import { IncludeError, resolveIncludes, type IncludeProvenance } from './includes';

type Env = Readonly<Record<string, string | undefined>>;

type ConfigReadState =
  | { state: 'ok'; path: string; text: string; config: ConfigObject; readOnly: ReadOnly | null }
  | { state: 'missing'; path: string; readOnly: ReadOnly | null }
  | { state: 'unreadable'; path: string; ioError: string; readOnly: ReadOnly }
  | { state: 'malformed'; path: string; text: string; parseError: ParseErrorInfo; readOnly: ReadOnly };

/** The state, and what is wrong with it in words for the user (null when ok or simply missing). */
export type ConfigRead = ConfigReadState & { problem: Message | null };

/** Why the file may not be written, as a message (the env, the file's mode, a file that does not parse). */
export type ReadOnly = Message;

const isObject = (value: unknown): value is ConfigObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function readConfig(path: string, env: Env): Promise<ConfigRead> {
  const state = await readState(path, env);
  return { ...state, problem: configProblem(state) };
}

async function readState(path: string, env: Env): Promise<ConfigReadState> {
  const file = await readConfigFile(path);
  const envRo = envReadOnly(env);
  switch (file.state) {
    case 'missing':
      return { state: 'missing', path, readOnly: envRo };
    case 'unreadable':
      return { state: 'unreadable', path, ioError: file.ioError, readOnly: envRo ?? msg('config.readOnlyUnreadable') };
    case 'malformed':
      return {
        state: 'malformed',
        path,
        text: file.text,
        parseError: file.parseError,
        readOnly: malformedRo(envRo, file.parseError),
      };
    case 'ok': {
      // A 0444/0400 file is never replaced (OpenClaw's write guard too): say so before any edit.
      const fileRo = envRo ? null : await fileReadOnly(path);
      if (!isObject(file.value)) {
        const parseError = { message: 'the top level must be a JSON5 object', line: null, column: null };
        return { state: 'malformed', path, text: file.text, parseError, readOnly: malformedRo(envRo) };
      }
      return { state: 'ok', path, text: file.text, config: file.value, readOnly: envRo ?? fileRo };
    }
  }
}

function malformedRo(envRo: ReadOnly | null, error?: ParseErrorInfo): ReadOnly {
  if (envRo) return envRo;
  if (error?.typographicQuotes) return msg('config.readOnlyQuotes');
  // A backup is suggested only when one exists.
  return error?.backup
    ? msg('config.readOnlyMalformedBackup', { backup: error.backup })
    : msg('config.readOnlyMalformed');
}

/**
 * What is wrong with a config that cannot be used (null when it is ok or simply missing): the
 * one wording of a parse fault, which validate, the doctor, the panel and every command share.
 */
export function configProblem(read: ConfigReadState): Message | null {
  if (read.state === 'unreadable') return unreadableProblem(read.path, read.ioError);
  return read.state === 'malformed' ? parseProblem(read.path, read.parseError) : null;
}

/** The config, or an AppError (CONFIG_MALFORMED / IO_ERROR) that says why it cannot be used; missing is `null`. */
export function usableConfig(read: ConfigRead): ConfigObject | null {
  if (read.state === 'ok') return read.config;
  if (read.state === 'missing') return null;
  if (read.state === 'unreadable') throw configError('IO_ERROR', read.problem!);
  throw configError('CONFIG_MALFORMED', read.problem!, read.parseError);
}

/** The config as OpenClaw reads it, `$include`s resolved; a broken include is reported, never fatal to the file itself. */
export function resolveForRead(
  config: ConfigObject,
  path: string,
  env: Env,
): {
  resolved: ConfigObject;
  includes: IncludeProvenance[];
  includeError: string | null;
  /** Each included file's text, by path (the store hashes them with the main file). */
  texts: Map<string, string>;
} {
  try {
    const { config: resolved, includes, texts } = resolveIncludes(config, path, env);
    return { resolved: resolved as ConfigObject, includes, includeError: null, texts };
  } catch (error) {
    if (!(error instanceof IncludeError)) throw error;
    return { resolved: config, includes: [], includeError: error.message, texts: new Map() };
  }
}
