/**
 * Watches every file the config `$include`s, so an outside edit of one is reported like an edit
 * of the config itself. The set follows the config: `refresh()` (after each change) asks for the
 * files again, closes the watchers of dropped ones and starts the new ones. Each file is watched
 * like the config itself (config-watcher.ts: through its folder, a missing folder waited for). A
 * real watcher error ends all of it, reported once.
 */
import { watchConfigFile, type ConfigFileChange, type ConfigWatcher } from './config-watcher';
import { serialQueue } from '../serial-queue';

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

export function createIncludeWatch(options: IncludeWatchOptions): IncludeWatch {
  const watchers = new Map<string, ConfigWatcher>();
  let closed = false;
  /** Every change to the set of watchers runs in order, one at a time. */
  const serial = serialQueue();

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

  async function start(file: string): Promise<void> {
    const watcher = await watchConfigFile(
      file,
      (change) => options.onChange(file, change),
      (error) => fail(file, error),
      options.settleMs,
    );
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
