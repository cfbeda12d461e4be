/**
 * Watches every file the config `$include`s, so an outside edit of one is reported like an edit
 * of the config itself. The set follows the config: `refresh()` (after each change) asks for the
 * files again, closes the watchers of dropped ones and starts the new ones. Each file is watched
 * through its folder (config-watcher.ts); a file whose folder does not exist yet is waited for
 * through the nearest folder that does. A real watcher error ends all of it, reported once.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watchConfigFile, type ConfigFileChange, type ConfigWatcher, type WatchFailure } from './config-watcher';

export interface IncludeWatchOptions {
  /** The files the config includes now (includes.ts `includedFiles`). */
  list(): Promise<readonly string[]>;
  /** An included file changed (or appeared, or went away). */
  onChange(file: string, change: ConfigFileChange): void;
  /** Watching an included file failed (EMFILE, ENOSPC…): nothing is watched any more. */
  onFailure(file: string, error: Error): void;
  settleMs?: number;
}

export interface IncludeWatch {
  /** Follows the includes as they are now; settles when the watchers are in place. */
  refresh(): Promise<void>;
  close(): void;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return false;
    return true; // Any other reason (EACCES…): watching it fails, and that failure is reported.
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

/** Calls `onAppear` once when `next` shows up in `folder` (a missing folder of an included file was created). */
function waitForName(folder: string, next: string, onAppear: () => void, onFailure: WatchFailure): ConfigWatcher {
  let done = false;
  let watcher: FSWatcher | undefined;
  const end = () => {
    done = true;
    watcher?.close();
  };
  try {
    watcher = watch(folder, { persistent: false }, (_event, name) => {
      if (done || (name && name.toString() !== next)) return;
      end();
      onAppear();
    });
    watcher.on('error', (error) => {
      if (done) return;
      end();
      onFailure(error);
    });
    // It may have appeared between the look that found it missing and the watch (`mkdir -p`).
    void exists(path.join(folder, next)).then((there) => {
      if (!there || done) return;
      end();
      onAppear();
    });
  } catch (error) {
    end();
    onFailure(error as Error);
  }
  return { close: end };
}

export function createIncludeWatch(options: IncludeWatchOptions): IncludeWatch {
  const watchers = new Map<string, ConfigWatcher>();
  let closed = false;
  /** Every change to the set of watchers runs in order, one at a time. */
  let queue: Promise<void> = Promise.resolve();
  const serial = (step: () => Promise<void>) => {
    const run = queue.then(step);
    queue = run.catch(() => undefined); // The caller of `run` hears its failure; the next step still runs.
    return run;
  };

  const closeAll = () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
  const fail = (file: string, error: Error) => {
    if (closed) return;
    closed = true;
    closeAll();
    options.onFailure(file, error);
  };

  /** Replaces the watcher of `file` (its folder appeared or went away), then reports `change`. */
  const rewatch = (file: string, owner: ConfigWatcher | undefined, change: ConfigFileChange | null) =>
    void serial(async () => {
      if (closed || !owner || watchers.get(file) !== owner) return;
      owner.close();
      watchers.delete(file);
      await start(file);
      if (closed) return;
      if (change) options.onChange(file, change);
      // The folder appeared: the file may have come with it, before its watcher's first look.
      else if (await exists(file)) options.onChange(file, 'created');
    }).catch((error: Error) => fail(file, error));

  async function start(file: string): Promise<void> {
    const missing = await nearestExisting(path.dirname(file));
    let watcher: ConfigWatcher | undefined;
    if (missing) {
      watcher = waitForName(
        missing.folder,
        missing.next,
        () => rewatch(file, watcher, null),
        (error) => fail(file, error),
      );
    } else {
      watcher = await watchConfigFile(
        file,
        (change) => options.onChange(file, change),
        (error) => {
          // Its folder was removed or renamed: the include is now missing (not a watcher failure);
          // say so and wait for the folder to come back.
          if (code(error) === 'ENOENT') rewatch(file, watcher, 'removed');
          else fail(file, error);
        },
        options.settleMs,
      );
    }
    if (closed) watcher.close();
    else watchers.set(file, watcher);
  }

  return {
    refresh: () =>
      serial(async () => {
        if (closed) return;
        const wanted = new Set(await options.list());
        for (const [file, watcher] of watchers)
          if (!wanted.has(file)) {
            watcher.close();
            watchers.delete(file);
          }
        for (const file of wanted) {
          if (closed) return;
          if (!watchers.has(file)) await start(file);
        }
      }),
    close() {
      closed = true;
      closeAll();
    },
  };
}
