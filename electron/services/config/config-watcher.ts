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
  /** The watched folder was removed or renamed: no more events will come, so say so. */
  const checkFolder = async () => {
    try {
      await stat(dir);
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') fail(err);
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
        // Events naming the folder itself (or another entry) may mean it went away.
        if (name.toString() === path.basename(dir)) void checkFolder();
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => void check().then(checkFolder), settleMs);
    });
    watcher.on('error', fail);
  } catch (error) {
    // The folder does not exist yet (no OpenClaw install): nothing to watch, and nothing was
    // missed; the summary says the config is missing. Logged, not reported as a failure.
    console.error(`[config] not watching ${dir}: ${(error as Error).message}`);
    watcher = undefined;
  }

  return {
    close() {
      failed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
