/**
 * Watches the config file for outside edits (an editor, `openclaw config set`, the
 * Gateway's own writes). It watches the folder, not the file, so atomic renames and a
 * file that does not exist yet are both seen; bursts of events are coalesced.
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

  const check = async () => {
    const now = await fingerprint(filePath);
    if (now === last) return;
    const change: ConfigFileChange = last === null ? 'created' : now === null ? 'removed' : 'changed';
    last = now;
    onChange(change);
  };

  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name && name.toString() !== base) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), settleMs);
    });
    watcher.on('error', (error) => {
      watcher?.close();
      watcher = undefined;
      onFailure(error);
    });
  } catch {
    // The folder does not exist yet (no OpenClaw install); nothing to watch.
    watcher = undefined;
  }

  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
