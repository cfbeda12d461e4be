/** What "Undo last save" would write, read from the undo record and the files as they are now, and the masked diff it shows. */
import { createTwoFilesPatch } from 'diff';
import { maskSecretsInText } from '@shared/config/secrets';
import { msg } from '@shared/i18n/message';
import { backupPath } from './backups';
import { hashText } from './config-document';
import { configError } from './config-errors';
import { parseJson5, readConfigText } from './config-file';
import { recordFor, type LastSave } from './undo-record';

/**
 * The save to undo (`last`, or — when it never landed — the one before it), the file it wrote, that
 * file's text now and the backup to put back; refused in words when the file changed since, there is
 * no earlier version, or the backup is gone or not the one recorded.
 */
export async function planUndo(last: LastSave | null, configPath: string) {
  if (!last || (last.configPath ?? last.path) !== configPath) throw configError('NOT_FOUND', msg('config.undoNothing'));
  // The file the last save wrote: the config, or the included file it wrote through.
  const file = last.path;
  const currentText = await readConfigText(file).catch(() => null);
  const record = recordFor(last, currentText === null ? null : hashText(currentText));
  if (!record || currentText === null || record.path !== file || hashText(currentText) !== record.writtenHash)
    throw configError('CONFIG_CHANGED_ON_DISK', msg('config.undoChangedSince', { path: file }));
  if (record.backupHash === null) throw configError('NOT_FOUND', msg('config.undoNoEarlier', { path: file }));
  // A missing or unreadable backup is reported just below.
  const previous = await readConfigText(backupPath(file)).catch(() => null);
  if (previous === null || hashText(previous) !== record.backupHash)
    throw configError('CONFIG_CHANGED_ON_DISK', msg('config.undoBackupGone', { backup: backupPath(file) }));
  return { record, configPath, file, currentText, previous };
}

/** The diff an undo shows, secrets masked (by the parsed values where the text parses, by key names where not). */
export function undoDiff(file: string, currentText: string, previous: string): string {
  const parsed = (t: string) => {
    try {
      return parseJson5(t);
    } catch {
      return {}; // Unparseable text: the key-name rules in maskSecretsInText still apply.
    }
  };
  return maskSecretsInText(
    createTwoFilesPatch(file, file, currentText, previous, '', '', { context: 3 }),
    parsed(currentText),
    parsed(previous),
  );
}
