/**
 * The undo record: which file the last save wrote, its hash, and the hash of the version it
 * replaced (in Claw Control's state folder, never in openclaw.json). A save writes it, atomically,
 * before its rename and keeps the record it replaces in `before`: a save that crashed before its
 * rename leaves the file as `before` knew it, so `undo` still undoes the save before.
 */
import path from 'node:path';
import { realFs, writeFileAtomic, type WriteFs } from './atomic-write';

export interface LastSave {
  /** The file written (the config or one of its includes). */
  path: string;
  /** The config it belongs to (absent in records written before include write-through: then `path`). */
  configPath?: string;
  writtenHash: string;
  backupHash: string | null;
  /** The record this save replaced (one level), for when the save did not land. */
  before?: LastSave | null;
}

/** The record `undo` acts on while the file's hash is `current`: the last save's, or the one before when that save never landed. */
export function recordFor(record: LastSave | null, current: string | null): LastSave | null {
  if (!record) return null;
  if (record.writtenHash !== current && record.backupHash === current && record.before) return record.before;
  return record;
}

export function undoRecord(stateDir: string, fs: WriteFs = realFs) {
  const file = path.join(stateDir, 'last-save.json');
  return {
    async read(): Promise<LastSave | null> {
      try {
        return JSON.parse(await fs.readFile(file, 'utf8')) as LastSave;
      } catch {
        return null; // none yet, or unreadable: nothing to undo
      }
    },
    async write(record: LastSave | null): Promise<void> {
      await fs.mkdir(stateDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, JSON.stringify(record), fs);
    },
  };
}
