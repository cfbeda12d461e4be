/**
 * The config document: the one reading of openclaw.json — its state, text, parsed value, the
 * `$include`s resolved (OpenClaw's view), the version hash and why it may not be written — built
 * once per content and shared by every reader (summary, editor, servers, doctor, check-up, tray,
 * CLI). A save hands back the document of what it wrote, without reading the file again.
 */
import { createHash } from 'node:crypto';
import type { ParseErrorInfo } from '@shared/api/schemas/config-summary';
import type { ConfigObject } from '@shared/config/config-access';
import type { Message } from '@shared/i18n/message';
import { decodeConfigBytes, encodeConfigText } from '@shared/json5/text-bytes';
import { parseJson5 } from './config-file';
import { readConfig, resolveForRead, type ConfigRead } from './config-reader';
import type { IncludeProvenance } from './includes';
import { parseCached } from './parsed-cache';

type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigDocument {
  path: string;
  state: ConfigRead['state'];
  /** True when the file is there and parses to an object (`state === 'ok'`). */
  exists: boolean;
  /** The file's text (empty when missing or unreadable). */
  text: string;
  /** The file as written (what edits change); `{}` unless the state is ok. */
  config: ConfigObject;
  /** The version the editor works against: the file's hash, combined with each included file's. */
  hash: string | null;
  /** The hash of the config file's own text. */
  textHash: string | null;
  /** Each included file's text as read. */
  includeTexts: ReadonlyMap<string, string>;
  /** The config with every `$include` resolved, as OpenClaw reads it (what checks, probes and lists use). */
  resolved: ConfigObject;
  /** Each `$include`: the path it fills and the file(s) it comes from. */
  includes: IncludeProvenance[];
  /** Why the includes could not be resolved (then `resolved` is the file as written). */
  includeError: string | null;
  /** Why the file may not be written; null when it may. */
  readOnly: Message | null;
  /** What is wrong with a file that cannot be used, in words (null when ok or missing). */
  problem: Message | null;
  parseError: ParseErrorInfo | null;
  ioError: string | null;
  /** The reader's typed state, for `usableConfig`. */
  read: ConfigRead;
}

export const hashText = (text: string): string => createHash('sha256').update(encodeConfigText(text)).digest('hex');

/** One hash for the config and every file it includes: any of them changing changes it. */
export function combinedHash(textHash: string, texts: ReadonlyMap<string, string>): string {
  if (texts.size === 0) return textHash;
  const h = createHash('sha256').update(textHash);
  for (const file of [...texts.keys()].sort()) h.update(`\u0000${file}\u0000${hashText(texts.get(file)!)}`);
  return h.digest('hex');
}

/** The last document per config path: an unchanged file without includes is not resolved or hashed again. */
const lastByPath = new Map<string, ConfigDocument>();

/** Reads the config at `path` (and its includes) into its document. */
export async function readDocument(path: string, env: Env): Promise<ConfigDocument> {
  return documentOf(await readConfig(path, env), env);
}

/** The document of a read: the cached one when nothing it was built from changed. */
export function documentOf(read: ConfigRead, env: Env): ConfigDocument {
  const base = {
    path: read.path,
    state: read.state,
    readOnly: read.readOnly,
    problem: read.problem,
    parseError: read.state === 'malformed' ? read.parseError : null,
    ioError: read.state === 'unreadable' ? read.ioError : null,
    read,
  };
  if (read.state !== 'ok') {
    const text = read.state === 'malformed' ? read.text : '';
    return {
      ...base,
      exists: false,
      text,
      config: {},
      hash: null,
      textHash: null,
      includeTexts: new Map(),
      resolved: {},
      includes: [],
      includeError: null,
    };
  }
  const last = lastByPath.get(read.path);
  // The parsed value is shared per content (parsed-cache.ts): the same object means the same bytes.
  if (last?.config === read.config && last.includeTexts.size === 0 && last.includeError === null) {
    if (last.readOnly === read.readOnly || sameMessage(last.readOnly, read.readOnly)) return last;
    return remember({ ...last, ...base });
  }
  const textHash = hashText(read.text);
  const { texts, resolved, includes, includeError } = resolveForRead(read.config, read.path, env);
  return remember({
    ...base,
    exists: true,
    text: read.text,
    config: read.config,
    hash: combinedHash(textHash, texts),
    textHash,
    includeTexts: texts,
    resolved,
    includes,
    includeError,
  });
}

/**
 * The document after `file` (the config or one of its includes) was written with `text`, built
 * from what was written: the config file is not read back (its includes are, when it has any).
 */
export function documentAfterWrite(before: ConfigDocument, file: string, text: string, env: Env): ConfigDocument {
  if (file !== before.path) return documentOf(before.read, env); // its includes are read again
  const { value } = parseCached(file, encodeConfigText(text), decodeConfigBytes, parseJson5);
  const read: ConfigRead = {
    state: 'ok',
    path: file,
    text,
    config: value as ConfigObject,
    readOnly: before.readOnly,
    problem: null,
  };
  return documentOf(read, env);
}

function remember(doc: ConfigDocument): ConfigDocument {
  lastByPath.delete(doc.path);
  if (lastByPath.size >= 16) lastByPath.delete(lastByPath.keys().next().value!);
  lastByPath.set(doc.path, doc);
  return doc;
}

const sameMessage = (a: Message | null, b: Message | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The last document read or written for `path` (no read; null when none yet). */
export const lastDocument = (path: string): ConfigDocument | null => lastByPath.get(path) ?? null;
