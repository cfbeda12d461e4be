/**
 * The one write path of the config and its included files (save, undo, quote repair): with the
 * writer lock held, a synced copy of the version being replaced is prepared for the backup ring
 * from the text the plan was made from (the file is not read for it), the new file is written and
 * verified, the file's hash is compared with the expected one right before the rename — the one
 * read of the file, so an outside edit that landed meanwhile is never reverted — and only then are
 * the backup ring settled. Any failure before the rename changes nothing on disk; a crash at any
 * step leaves every version in the config, the ring or a prepared copy that the next write
 * recovers into the ring first (recoverBackups in backups.ts).
 */
import { msg, type Message } from '@shared/i18n/message';
import { decodeConfigBytes } from '@shared/json5/text-bytes';
import {
  cleanOrphans,
  ownerCannotWrite,
  ReadOnlyFileError,
  resolveTarget,
  writeFileAtomic,
  type WriteFs,
} from './atomic-write';
import { backupPath, prepareBackup, recoverBackups, type PreparedBackup } from './backups';
import { hashText } from './config-document';
import { changedOnDisk, writeError } from './config-errors';

/** The version the write replaces: its text and hash (null: the file does not exist yet). */
export interface Expected {
  text: string | null;
  hash: string | null;
}

/** The file's hash now, read once (null when it does not exist). */
function hashNowSync(file: string, fs: WriteFs): string | null {
  try {
    return hashText(decodeConfigBytes(fs.readFileSync(file) as Uint8Array));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeWithBackup(
  file: string,
  text: string,
  expected: Expected,
  fs: WriteFs,
  /** Runs after the new file is written and verified, before the rename (the undo record). */
  beforeCommit?: () => Promise<void>,
): Promise<{ backup: string | null; notes: Message[] }> {
  const notes: Message[] = [];
  let prepared: PreparedBackup | null = null;
  try {
    await recoverBackups(file, fs);
    await cleanOrphans(file, fs);
    if (expected.text !== null) {
      const target = await resolveTarget(file, fs);
      const st = await fs.stat(target);
      if (ownerCannotWrite(st.mode)) throw new ReadOnlyFileError(target, st.mode & 0o7777);
      prepared = await prepareBackup(file, expected.text, st, fs);
    }
    await writeFileAtomic(file, text, fs, {
      beforeCommit,
      // The compare-and-swap right before the rename: an outside edit that landed meanwhile is never reverted.
      checkSync: () => {
        if (hashNowSync(file, fs) !== expected.hash) throw changedOnDisk(file);
      },
    });
  } catch (error) {
    // Cleanup of the prepared copy; the write error is what the caller sees.
    await prepared
      ?.discard()
      .catch((cleanup: Error) =>
        console.error(`[config] could not remove the prepared backup copy of ${file}: ${cleanup.message}`),
      );
    throw writeError(file, error);
  }
  if (!prepared) return { backup: null, notes };
  try {
    return { backup: await prepared.commit(), notes };
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    notes.push(
      msg('editNotes.backupFailed', { detail: `${err.code ?? ''} ${err.message}`.trim(), path: backupPath(file) }),
    );
    return { backup: null, notes };
  }
}
