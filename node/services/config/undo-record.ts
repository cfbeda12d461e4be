/** The undo record: which file the last save wrote, its hash, and the hash of the version it replaced (in Claw Control's state folder, never in openclaw.json). */
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

export interface LastSave {
  /** The file written (the config or one of its includes). */
  path: string;
  /** The config it belongs to (absent in records written before include write-through: then `path`). */
  configPath?: string;
  writtenHash: string;
  backupHash: string | null;
}

export function undoRecord(stateDir: string) {
  const file = path.join(stateDir, 'last-save.json');
  return {
    async read(): Promise<LastSave | null> {
      try {
        return JSON.parse(await readFile(file, 'utf8')) as LastSave;
      } catch {
        return null; // none yet, or unreadable: nothing to undo
      }
    },
    async write(record: LastSave | null): Promise<void> {
      await mkdir(stateDir, { recursive: true, mode: 0o700 });
      await writeFile(file, JSON.stringify(record), { mode: 0o600 });
    },
  };
}
