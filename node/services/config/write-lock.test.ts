import { spawn } from 'node:child_process';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { LockBusyError, lockPathFor, withWriteLock } from './write-lock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('writer lock', () => {
  it('lets one task in at a time and removes the lock file afterwards', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withWriteLock(file, async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(5);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    await expect(stat(lockPathFor(file))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a live holder in another process makes the writer wait, then give up at its deadline with who holds it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const lock = lockPathFor(file);
    // A real second process that holds the lock for as long as it lives.
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writeFile(
        lock,
        JSON.stringify({ pid: holder.pid, host: hostname(), at: Date.now(), token: 'x', tool: 'panel' }),
      );
      const started = Date.now();
      const error = await withWriteLock(file, async () => 'ran', { waitMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockBusyError);
      expect((error as LockBusyError).holder).toMatchObject({ tool: 'panel', pid: holder.pid });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('x');
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock whose process is gone, and one older than the stale limit', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const lock = lockPathFor(file);
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(lock, JSON.stringify({ pid: dead.pid, host: hostname(), at: Date.now(), token: 'x', tool: 'cli' }));
    expect(await withWriteLock(file, async () => 'ran', { waitMs: 200 })).toBe('ran');
    await writeFile(
      lock,
      JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() - 120_000, token: 'y', tool: 'cli' }),
    );
    expect(await withWriteLock(file, async () => 'ran', { waitMs: 200, staleMs: 60_000 })).toBe('ran');
  });

  it('releases on failure, and never removes a lock that is no longer its own', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const lock = lockPathFor(file);
    await expect(
      withWriteLock(file, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(stat(lock)).rejects.toMatchObject({ code: 'ENOENT' });
    await withWriteLock(file, async () => {
      // Someone judged ours stale and took over: on release ours must not delete theirs.
      await writeFile(
        lock,
        JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), token: 'theirs', tool: 'x' }),
      );
    });
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('theirs');
  });
});
