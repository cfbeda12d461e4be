/** Waits for a folder that does not exist yet (any number of missing levels) by watching the nearest one that does. */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderWait {
  close(): void;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Whether `p` is there; a reason other than "not there" (EACCES…) counts as there, so watching it reports that reason. */
async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return false;
    return true;
  }
}

/** The nearest existing folder above `dir` and the name in it that leads to `dir`; null when `dir` exists. */
async function nearestExisting(dir: string): Promise<{ folder: string; next: string } | null> {
  let next = dir;
  let folder = path.dirname(dir);
  if (await exists(dir)) return null;
  while (!(await exists(folder)) && path.dirname(folder) !== folder) {
    next = folder;
    folder = path.dirname(folder);
  }
  return { folder, next: path.basename(next) };
}

/**
 * Calls `onReady` once when `dir` exists, level by level (`~/.openclaw`, or `a/b/c` under several
 * missing folders), watching the nearest folder above it that exists; a watched folder that is
 * itself removed meanwhile is left for the next one up. Settles once the first wait is in place.
 * A watcher that fails (EMFILE, ENOSPC, EACCES…) ends the wait and calls `onFailure` once.
 * `onReady` always runs after an `await`, never inside the call, but may run before it settles.
 */
export async function waitForFolder(
  dir: string,
  onReady: () => void,
  onFailure: (error: Error) => void,
): Promise<FolderWait> {
  let done = false;
  let watcher: FSWatcher | undefined;
  const stopWatching = () => {
    watcher?.close();
    watcher = undefined;
  };
  const fail = (error: Error) => {
    if (done) return;
    done = true;
    stopWatching();
    onFailure(error);
  };

  /** Every look runs in order, one at a time; a burst of events asks for one more look, not one each. */
  let queue: Promise<void> = Promise.resolve();
  let pending = false;
  const again = () => {
    if (pending) return queue;
    pending = true;
    queue = queue
      .then(() => {
        pending = false;
        return look();
      })
      .catch((error: Error) => fail(error));
    return queue;
  };

  /** `dir` is there now (ready), or the nearest existing folder above it is watched for the next level. */
  async function look(): Promise<void> {
    stopWatching();
    if (done) return;
    const missing = await nearestExisting(dir);
    if (done) return;
    if (!missing) {
      done = true;
      onReady();
      return;
    }
    const { folder, next } = missing;
    try {
      watcher = watch(folder, { persistent: false }, (_event, name) => {
        const named = name?.toString();
        // `next` appeared, or the watched folder itself was removed or renamed (its own name): look again.
        if (done || (named && named !== next && named !== path.basename(folder))) return;
        void again();
      });
      watcher.on('error', fail);
    } catch (error) {
      // It went away between the look and the watch: look again, one level up.
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return void again();
      return fail(error as Error);
    }
    // It may have appeared between the look that found it missing and the watch (`mkdir -p`).
    if (await exists(path.join(folder, next))) void again();
  }

  await again();
  return {
    close() {
      done = true;
      stopWatching();
    },
  };
}
