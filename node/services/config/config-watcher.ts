/**
 * Watches the config file for outside edits (an editor, `openclaw config set`, the
 * Gateway's own writes). It watches the folder, not the file, so atomic renames and a
 * file that does not exist yet are both seen; bursts of events are coalesced. A folder that
 * does not exist (yet, or any more: `rm -rf ~/.openclaw` then `openclaw onboard`) is waited
 * for (wait-for-folder.ts), and the file that comes with it is reported `created`. Watching
 * never ends silently: a watcher error (EMFILE, ENOSPC, EACCES…) closes it and calls `onFailure`.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { waitForFolder, type FolderWait } from './wait-for-folder';

export type ConfigFileChange = 'created' | 'changed' | 'removed';

/** Why watching stopped (too many watchers, no permission, …): the caller reports it. */
export type WatchFailure = (error: Error) => void;

export interface ConfigWatcher {
  close(): void;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;
const gone = (error: unknown) => code(error) === 'ENOENT' || code(error) === 'ENOTDIR';

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
  let wait: FolderWait | undefined;
  /** The watched folder's inode: a folder removed and made again at once is a new one to watch. */
  let watchedIno: number | null = null;
  let closed = false;

  const stopWatching = () => {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
    wait?.close();
    wait = undefined;
  };
  const fail = (error: Error) => {
    if (closed) return;
    closed = true;
    stopWatching();
    onFailure(error);
  };

  /** Every look at the file and every (re)start runs in order, one at a time, so a change is reported once. */
  let queue: Promise<void> = Promise.resolve();
  const serial = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: Error) => fail(error));
    return queue;
  };

  const compare = async () => {
    const now = await fingerprint(filePath);
    if (closed || now === last) return;
    const change: ConfigFileChange = last === null ? 'created' : now === null ? 'removed' : 'changed';
    last = now;
    onChange(change);
  };

  /** Watches the folder, or, when it does not exist, waits for it and then starts over. */
  const start = async (): Promise<void> => {
    stopWatching();
    if (closed) return;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name && name.toString() !== base) {
          // An event naming the folder itself: it was removed, renamed or replaced, and this
          // watcher sees nothing more of it. Watch it again, or wait for it to come back.
          if (name.toString() === path.basename(dir)) restart();
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => void serial(() => compare().then(checkFolder)), settleMs);
      });
      watcher.on('error', fail);
      watchedIno = (await stat(dir)).ino;
    } catch (error) {
      watcher?.close();
      watcher = undefined;
      if (!gone(error)) return fail(error as Error);
      // Not there (no OpenClaw setup yet, or removed): not a failure; its appearance is awaited.
      const waiting = await waitForFolder(dir, restart, fail);
      if (closed) waiting.close();
      else wait = waiting;
    }
  };
  /** The folder appeared, went away or was replaced: watch what is there now, then report what changed. */
  function restart() {
    void serial(async () => {
      await start();
      await compare();
    });
  }
  /** After an event: a folder that is gone or was replaced is watched again (or waited for). */
  const checkFolder = async () => {
    if (closed || !watcher) return;
    try {
      if ((await stat(dir)).ino === watchedIno) return;
    } catch (error) {
      if (!gone(error)) return fail(error as Error);
    }
    await start();
    await compare();
  };

  await serial(start);
  return {
    close() {
      closed = true;
      stopWatching();
    },
  };
}
