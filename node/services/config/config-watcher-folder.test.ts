/**
 * The config's folder that does not exist (yet, or any more), with real folders and real fs.watch:
 * it is waited for at any depth and the file that comes with it is reported `created`; a removed
 * folder is `removed` and waited for again, never a failure; real watcher errors (EMFILE, EACCES)
 * are still reported; close ends every watcher, waits included.
 */
import type * as NodeFs from 'node:fs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';

/** Every real watcher opened, to check that close ends them all; `refuse` makes watching one folder fail. */
const opened: { dir: string; closed: boolean }[] = [];
let refuse: { dir: string; code: string } | null = null;
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof NodeFs>();
  const watch = ((...args: Parameters<typeof fs.watch>) => {
    const dir = String(args[0]);
    if (refuse && dir === refuse.dir)
      throw Object.assign(new Error(`${refuse.code}: refused, watch '${dir}'`), { code: refuse.code });
    const watcher = fs.watch(...args);
    const entry = { dir, closed: false };
    const close = watcher.close.bind(watcher);
    watcher.close = () => {
      entry.closed = true;
      close();
    };
    opened.push(entry);
    return watcher;
  }) as typeof fs.watch;
  return { ...fs, watch };
});

const { watchConfigFile } = await import('./config-watcher');

/** Records what a watcher reports; `next` waits for a report with a deadline (a loaded machine gets time, never a fixed sleep). */
function recorder() {
  const changes: string[] = [];
  const failures: Error[] = [];
  const waiting: { match: (seen: string) => boolean; resolve: () => void }[] = [];
  const seen = (what: string) => {
    for (const wait of waiting.filter((w) => w.match(what))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  return {
    changes,
    failures,
    onChange: (change: string) => {
      changes.push(change);
      seen(change);
    },
    onFailure: (error: Error) => {
      failures.push(error);
      seen(`failure:${(error as NodeJS.ErrnoException).code ?? error.message}`);
    },
    next(what: string, ms = 10_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${what}" within ${ms} ms; saw ${changes.join(', ')}`)),
          ms,
        );
        waiting.push({
          match: (s) => s === what,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

async function start(file: string) {
  const seen = recorder();
  const watcher = await watchConfigFile(file, seen.onChange, seen.onFailure, 50);
  return { seen, watcher };
}

describe('a config folder that does not exist', () => {
  it('is waited for: the file created with it later is reported created, then its edits', async () => {
    const home = await tempDir();
    const file = path.join(home, '.openclaw', 'openclaw.json');
    const { seen, watcher } = await start(file);
    try {
      let next = seen.next('created');
      await mkdir(path.dirname(file));
      await writeFile(file, '{}');
      await next;
      next = seen.next('changed');
      await writeFile(file, '{ gateway: {} }');
      await next;
      expect(seen.failures).toEqual([]);
    } finally {
      watcher.close();
    }
  });

  it('is waited for under several missing folders, made one at a time, removed again, or all at once', async () => {
    const root = await tempDir();
    const file = path.join(root, 'a', 'b', 'c', 'openclaw.json');
    const { seen, watcher } = await start(file);
    try {
      await mkdir(path.join(root, 'a'));
      await mkdir(path.join(root, 'a', 'b'));
      // A folder it waits in that goes away again: it waits one level up.
      await rm(path.join(root, 'a'), { recursive: true });
      await mkdir(path.join(root, 'a', 'b'), { recursive: true });
      const next = seen.next('created');
      await mkdir(path.join(root, 'a', 'b', 'c'));
      await writeFile(file, '{}');
      await next;
    } finally {
      watcher.close();
    }
    const again = await start(path.join(root, 'x', 'y', 'openclaw.json'));
    try {
      const next = again.seen.next('created');
      await mkdir(path.join(root, 'x', 'y'), { recursive: true });
      await writeFile(path.join(root, 'x', 'y', 'openclaw.json'), '{}');
      await next;
    } finally {
      again.watcher.close();
    }
  });

  it('removed later is reported removed and waited for again, not a failure (rm -rf, then onboard again)', async () => {
    const home = await tempDir();
    const dir = path.join(home, '.openclaw');
    const file = path.join(dir, 'openclaw.json');
    await mkdir(dir);
    await writeFile(file, '{}');
    const { seen, watcher } = await start(file);
    try {
      let next = seen.next('removed');
      await rm(dir, { recursive: true });
      await next;
      next = seen.next('created');
      await mkdir(dir);
      await writeFile(file, '{}');
      await next;
      next = seen.next('changed');
      await writeFile(file, '{ gateway: {} }');
      await next;

      // Removed and made again at once: the new folder is watched, not the dead one (whatever the
      // reports of that burst were, a removal and a creation after it are only seen by a live watcher).
      // (Synchronously, so the watcher hears of the removal only once the new folder is there.)
      rmSync(dir, { recursive: true });
      mkdirSync(dir);
      writeFileSync(file, '{ a: 1 }');
      next = seen.next('removed');
      await rm(file);
      await next;
      next = seen.next('created');
      await writeFile(file, '{}');
      await next;
      expect(seen.failures).toEqual([]);
    } finally {
      watcher.close();
    }
  });

  it('close ends every watcher, the wait for a missing folder included, and nothing is reported after it', async () => {
    const root = await tempDir();
    const file = path.join(root, 'a', 'b', 'openclaw.json');
    const { seen, watcher } = await start(file);
    const mine = () => opened.filter((entry) => entry.dir.startsWith(root));
    expect(mine().filter((entry) => !entry.closed)).toEqual([{ dir: root, closed: false }]);
    watcher.close();
    expect(mine().every((entry) => entry.closed)).toBe(true);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{}');
    // A second watcher on the same file proves the events came (and the closed one said nothing).
    const other = await start(file);
    const next = other.seen.next('changed');
    await writeFile(file, '{ a: 1 }');
    await next;
    other.watcher.close();
    expect(seen.changes).toEqual([]);
    expect(mine().every((entry) => entry.closed)).toBe(true);
  });

  it('a real watcher error is still reported: EMFILE while waiting, EACCES when the folder appears', async () => {
    const root = await tempDir();
    refuse = { dir: root, code: 'EMFILE' };
    try {
      const { seen } = await start(path.join(root, 'missing', 'openclaw.json'));
      expect(seen.failures.map((error) => (error as NodeJS.ErrnoException).code)).toEqual(['EMFILE']);
    } finally {
      refuse = null;
    }

    const dir = path.join(root, '.openclaw');
    const { seen, watcher } = await start(path.join(dir, 'openclaw.json'));
    refuse = { dir, code: 'EACCES' };
    try {
      const failed = seen.next('failure:EACCES');
      await mkdir(dir);
      await failed;
      expect(seen.failures).toHaveLength(1);
      expect(opened.filter((entry) => entry.dir.startsWith(root)).every((entry) => entry.closed)).toBe(true);
    } finally {
      refuse = null;
      watcher.close();
    }
  });
});
