/**
 * Watches the config file for outside edits (an editor, `openclaw config set`, the
 * Gateway's own writes). It watches the folder, not the file, so atomic renames and a
 * file that does not exist yet are both seen; bursts of events are coalesced. Watching
 * never ends silently: a watcher error (EMFILE, ENOSPC…) or the folder itself going away
 * (Linux's inotify just stops, without an error) closes it and calls `onFailure`.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export type ConfigFileChange = 'created' | 'changed' | 'removed';

/** Why watching stopped (the folder went away, too many watchers, …): the caller reports it. */
export type WatchFailure = (error: Error) => void;

export interface ConfigWatcher {
  close(): void;
}

async function fingerprint(filePath: string): Promise<string | null> {
  try {
    const s = await stat(filePath);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return null;
  }
}

export async function watchConfigFile(
  filePath: string,
  onChange: (change: ConfigFileChange) => void,
  onFailure: WatchFailure,
  settleMs = 120,
): Promise<ConfigWatcher> {
  const dir = path.dirname(filePath);
  const base = path.basename(filePath);
  let last = await fingerprint(filePath);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
    onFailure(error);
  };
  /** The watched folder was removed, renamed or closed to us: no more events will come, so say so. */
  const checkFolder = async () => {
    try {
      await stat(dir);
    } catch (error) {
      fail(error as Error);
    }
  };

  const check = async () => {
    const now = await fingerprint(filePath);
    if (now === last) return;
    const change: ConfigFileChange = last === null ? 'created' : now === null ? 'removed' : 'changed';
    last = now;
    onChange(change);
  };

  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name && name.toString() !== base) {
        // An event naming the folder itself means it was removed or renamed.
        if (name.toString() === path.basename(dir)) void checkFolder();
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => void check().then(checkFolder), settleMs);
    });
    watcher.on('error', fail);
  } catch (error) {
    watcher = undefined;
    // The folder does not exist yet (no OpenClaw install): nothing was missed, and the summary
    // says the config is missing, so it is only logged. Any other reason (EMFILE…) is a failure.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      console.error(`[config] not watching ${dir}: ${(error as Error).message}`);
    else fail(error as Error);
  }

  return {
    close() {
      failed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
