/** The backup ring, read only: which backups exist with their time and size, one backup's text, and its masked diff against the config now. */
import { stat } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import { maskSecretsInText } from '@shared/config/secrets';
import { msg } from '@shared/i18n/message';
import { backupPath, BACKUP_RING_SIZE } from './backups';
import { hashText } from './config-document';
import { configError } from './config-errors';
import { parseJson5, readConfigText } from './config-file';

export interface BackupEntry {
  /** 0 is `.bak` (the newest), then `.bak.1` … */
  index: number;
  path: string;
  /** When the backup was written (its file's modification time, ISO 8601). */
  modifiedAt: string;
  bytes: number;
  /** Whether it parses as JSON5 (a backup that does not is listed but cannot be restored). */
  parses: boolean;
}

/** Parsed, or null when the text does not parse. */
export function parsedOrNull(text: string): unknown {
  try {
    return parseJson5(text);
  } catch {
    return null; // The caller says "does not parse"; the error itself is the reader's to word.
  }
}

/** Each backup of `configPath` that exists, newest first. */
export async function listBackups(configPath: string): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (let index = 0; index < BACKUP_RING_SIZE; index++) {
    const file = backupPath(configPath, index);
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw configError(
        'IO_ERROR',
        msg('repair.backupUnreadable', { path: file, detail: error.code ?? error.message }),
      );
    });
    if (!info?.isFile()) continue;
    const text = await readConfigText(file).catch(() => null);
    entries.push({
      index,
      path: file,
      modifiedAt: info.mtime.toISOString(),
      bytes: info.size,
      parses: text !== null && parsedOrNull(text) !== null,
    });
  }
  return entries;
}

/** The text of backup `index`; refused when it is missing, unreadable or does not parse. */
export async function readBackup(configPath: string, index: number): Promise<{ path: string; text: string }> {
  const file = backupPath(configPath, index);
  const text = await readConfigText(file).catch((error: NodeJS.ErrnoException) => {
    throw configError(
      'NOT_FOUND',
      msg('repair.backupUnreadable', { path: file, detail: `${error.code ?? ''} ${error.message}`.trim() }),
    );
  });
  if (parsedOrNull(text) === null) throw configError('CONFIG_MALFORMED', msg('repair.backupMalformed', { path: file }));
  return { path: file, text };
}

/** The config's text now (null: no file) and its hash. */
export async function currentText(configPath: string): Promise<{ text: string | null; hash: string | null }> {
  const text = await readConfigText(configPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw configError(
      'IO_ERROR',
      msg('config.unreadable', { path: configPath, detail: `${error.code ?? ''} ${error.message}`.trim() }),
    );
  });
  return { text, hash: text === null ? null : hashText(text) };
}

/** The diff from the config now to the backup, secrets masked by both texts (key-name rules apply to one that does not parse). */
export function restoreDiff(configPath: string, current: string | null, backup: string): string {
  return maskSecretsInText(
    createTwoFilesPatch(configPath, configPath, current ?? '', backup, '', '', { context: 3 }),
    parsedOrNull(current ?? '') ?? {},
    parsedOrNull(backup) ?? {},
  );
}
