/**
 * The config's faults as the API reports them: one code and one message each (the words live
 * in locales/messages), and how a write failure becomes one — the file and its backups untouched.
 */
import { AppError, type ErrorCode } from '@shared/api/problem';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';
import { ReadOnlyFileError, modeText } from './atomic-write';
import { LockBusyError } from './write-lock';

/** A config fault: its code, its words and the details a client may show. */
export const configError = (code: ErrorCode, message: Message, details?: unknown): AppError =>
  new AppError(code, message, details);

export const changedOnDisk = (file: string): AppError =>
  configError('CONFIG_CHANGED_ON_DISK', msg('config.changedOnDisk', { path: file }));

/** The file-system refusals a user can fix, with what to do (the folder is the failing file's). */
function errnoFault(file: string, err: NodeJS.ErrnoException): Message | null {
  const failing = err.path ?? file;
  const folder = path.dirname(failing);
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return msg('writeFaults.permission', { folder, file: path.basename(failing) });
    case 'ENOSPC':
    case 'EDQUOT':
      return msg('writeFaults.diskFull', { folder });
    case 'EROFS':
      return msg('writeFaults.readOnlyDisk', { folder });
    case 'EMFILE':
    case 'ENFILE':
      return msg('writeFaults.tooManyFiles');
    default:
      return null;
  }
}

/** A file-system or lock failure while saving `file`, in words; an AppError passes through. */
export function writeError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ReadOnlyFileError)
    return configError('CONFIG_READONLY', msg('safety.fileReadOnly', { path: error.file, mode: modeText(error.mode) }));
  if (error instanceof LockBusyError) {
    const holder = error.holder ? `${error.holder.tool}, pid ${error.holder.pid}` : msg('safety.lockHolderUnknown');
    return configError('CONFLICT', msg('safety.lockBusy', { path: file, holder }));
  }
  const err = error as NodeJS.ErrnoException;
  const said = errnoFault(file, err);
  if (said) return configError('IO_ERROR', said, { code: err.code });
  return configError(
    'IO_ERROR',
    msg('safety.saveFailed', { path: file, detail: `${err.code ?? ''} ${err.message}`.trim() }),
  );
}

/** True for failures of the file system or the writer lock (a bug is anything else, and stays what it is). */
export const isWriteFailure = (error: unknown): boolean =>
  error instanceof LockBusyError || typeof (error as NodeJS.ErrnoException | null)?.code === 'string';
