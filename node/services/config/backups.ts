/**
 * The backup ring OpenClaw itself keeps next to the config: `openclaw.json.bak` is the
 * newest previous version, then `.bak.1` … `.bak.4`. A save first writes the previous
 * version to a synced temp copy, and only after the new config is in place shifts the
 * ring and renames that copy to `.bak` — so a failed save leaves every backup as it was.
 */
import path from 'node:path';
import { realFs, syncDir, tempName, writeVerified, type WriteFs } from './atomic-write';

export const BACKUP_RING_SIZE = 5;

export function backupPath(configPath: string, index = 0): string {
  return index === 0 ? `${configPath}.bak` : `${configPath}.bak.${index}`;
}

async function exists(filePath: string, fs: WriteFs): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export interface PreparedBackup {
  /** Shifts the ring by one and puts the previous version in `.bak`; call only after the new config is in place. */
  commit(): Promise<string>;
  /** Removes the prepared copy (the save failed); the ring is untouched. */
  discard(): Promise<void>;
}

/** Writes `previous` (the config's bytes before the save) to a synced temp copy beside the ring. */
export async function prepareBackup(
  configPath: string,
  previous: string,
  owner: { mode: number; uid: number; gid: number } | null,
  fs: WriteFs = realFs,
): Promise<PreparedBackup> {
  const temp = tempName(configPath, 'bak');
  const mode = owner ? (owner.mode & 0o777) | 0o600 : 0o600;
  try {
    await writeVerified(temp, previous, mode & 0o7777, fs);
    if (owner && process.getuid?.() === 0 && owner.uid !== 0) await fs.chown(temp, owner.uid, owner.gid);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch((cleanup: Error) =>
      // Said, not thrown: the write's own error is the one the caller reports. A save after this
      // process has ended removes such a leftover (cleanOrphans in atomic-write.ts).
      console.error(`[config] could not remove the partial backup copy ${temp}: ${cleanup.message}`),
    );
    throw error;
  }
  return {
    async commit() {
      await fs.rm(backupPath(configPath, BACKUP_RING_SIZE - 1), { force: true });
      for (let i = BACKUP_RING_SIZE - 2; i >= 0; i--) {
        const from = backupPath(configPath, i);
        if (await exists(from, fs)) await fs.rename(from, backupPath(configPath, i + 1));
      }
      await fs.rename(temp, backupPath(configPath, 0));
      await syncDir(path.dirname(configPath), fs);
      return backupPath(configPath, 0);
    },
    async discard() {
      await fs.rm(temp, { force: true });
    },
  };
}
