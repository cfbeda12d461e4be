/**
 * A crash at every step of a save and of an undo (issue #25): the process dies right before
 * its k-th file-system change (open, write, fsync, close, rename, unlink, chmod, mkdir …), for
 * every k; a fresh start then finds every earlier version in the config or the backup ring, in
 * order, and `undo` still works.
 */
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigOperation } from '@shared/config/operations';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import { backupPath, BACKUP_RING_SIZE, preparedPath } from './backups';
import { createServices } from '@node/host/services';
import { createConfigStore } from './config-store';
import { lockPathFor } from './write-lock';
import type { OpenClawValidation } from './openclaw-validator';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');
const SKIPPED: OpenClawValidation = { ran: false, valid: true, issues: [], warnings: [], note: 'not installed' };
const DEAD_PID = 2 ** 22 + 4242; // above Linux's pid_max: no such process
const bump = (n: number): ConfigOperation[] => [
  { op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 100 + n } },
];

/** The calls that change the disk (and the file-handle calls that write); reads only pass through. */
const CHANGES = ['open', 'rename', 'rm', 'mkdir', 'chmod', 'chown', 'renameSync'] as const;
const HANDLE_CHANGES = new Set(['writeFile', 'write', 'sync', 'datasync', 'truncate', 'close']);

/**
 * A file system whose process dies right before its `at`-th change: that change and every
 * call after it never happen (an async one never settles; a sync one throws, and what the
 * code then tries to clean up never settles either). `steps` names every change made.
 */
function dyingFs(at: number) {
  let count = 0;
  let dead = false;
  let died!: () => void;
  const death = new Promise<void>((resolve) => (died = resolve));
  const steps: string[] = [];
  const handles: { close(): Promise<void> }[] = [];
  const never = () => new Promise<never>(() => {});
  const allow = (label: string): boolean => {
    if (dead) return false;
    if (++count === at) {
      dead = true;
      died();
      return false;
    }
    steps.push(label);
    return true;
  };
  const short = (p: unknown) => path.basename(String(p));
  const fs = { ...realFs } as Record<string, unknown>;
  for (const [name, fn] of Object.entries(realFs) as [string, (...a: unknown[]) => unknown][]) {
    const changes = (CHANGES as readonly string[]).includes(name);
    const sync = name.endsWith('Sync');
    fs[name] = (...args: unknown[]) => {
      const go = changes
        ? allow(`${name} ${short(args[0])}${args[1] && name.startsWith('rename') ? ` → ${short(args[1])}` : ''}`)
        : !dead;
      if (!go) {
        if (sync) throw new Error('the process died');
        return never();
      }
      const result = fn(...args);
      if (name !== 'open') return result;
      return (result as Promise<{ close(): Promise<void> }>).then((handle) => {
        handles.push(handle);
        return new Proxy(handle, {
          get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver) as unknown;
            if (typeof value !== 'function') return value;
            return (...a: unknown[]) => {
              const ok = HANDLE_CHANGES.has(String(prop)) ? allow(`${String(prop)} ${short(args[0])}`) : !dead;
              return ok ? (value as (...x: unknown[]) => unknown).apply(target, a) : never();
            };
          },
        });
      });
    };
  }
  /** The kernel closes a dead process's files. */
  const closeAll = () => Promise.all(handles.map((h) => h.close().catch(() => undefined)));
  return { fs: fs as unknown as WriteFs, death, steps, closeAll };
}

interface Place {
  dir: string;
  file: string;
  stateDir: string;
}

// A dead writer's prepared backup copy is `.openclaw.json.bak.<dead pid>.<hash8>.tmp`.
const storeAt = (place: Place, fs?: WriteFs) =>
  createConfigStore({
    resolvePath: () => ({ path: place.file, source: 'flag' }),
    env: {},
    stateDir: place.stateDir,
    fs,
    openclawValidate: async () => SKIPPED,
    lockWaitMs: 2_000,
  });

const read = (file: string) => readFile(file, 'utf8').catch(() => null);

async function ringOf(file: string): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (let i = 0; i < BACKUP_RING_SIZE; i++) out.push(await read(backupPath(file, i)));
  return out;
}

/** What the dead process left now names a process that is gone: its lock and its temp copies. */
async function buryWriter(file: string): Promise<void> {
  const dir = path.dirname(file);
  for (const name of await readdir(dir))
    if (name.includes(`.${process.pid}.`) || name.includes(`-${process.pid}.`))
      await rename(path.join(dir, name), path.join(dir, name.replace(String(process.pid), String(DEAD_PID))));
  const lock = lockPathFor(file);
  const text = await read(lock);
  if (text === null) return;
  try {
    await writeFile(lock, JSON.stringify({ ...(JSON.parse(text) as object), pid: DEAD_PID }));
  } catch {
    // Torn before its holder was written: judged by its age (60 s), so let that time pass.
    const past = new Date(Date.now() - 120_000);
    await utimes(lock, past, past);
  }
}

/** A config with six saves behind it (the ring full) and the record of the last one, kept as a template. */
async function history(): Promise<{ place: Place; template: string; now: string; ring: string[] }> {
  const root = await tempDir();
  const dir = path.join(root, 'config');
  const place: Place = { dir, file: path.join(dir, 'openclaw.json'), stateDir: path.join(root, 'state') };
  await mkdir(dir);
  await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), place.file);
  const store = storeAt(place);
  for (let i = 1; i <= 6; i++) await store.save(bump(i));
  const template = await tempDir();
  await cp(dir, path.join(template, 'config'), { recursive: true });
  await cp(place.stateDir, path.join(template, 'state'), { recursive: true });
  const ring = (await ringOf(place.file)) as string[];
  expect(ring.every((t) => t !== null)).toBe(true);
  return { place, template, now: (await read(place.file))!, ring };
}

async function restore(place: Place, template: string): Promise<void> {
  await rm(place.dir, { recursive: true, force: true });
  await rm(place.stateDir, { recursive: true, force: true });
  await cp(path.join(template, 'config'), place.dir, { recursive: true });
  await cp(path.join(template, 'state'), place.stateDir, { recursive: true });
}

/** Runs `op` on a disk that dies before its `at`-th change; true when it finished first (`at` past its last change). */
async function runDying(
  place: Place,
  at: number,
  op: 'save' | 'undo',
): Promise<{ finished: boolean; steps: string[] }> {
  const dying = dyingFs(at);
  const store = storeAt(place, dying.fs);
  const run = op === 'save' ? store.save(bump(7)) : store.undo();
  const finished = await Promise.race([run.then(() => true), dying.death.then(() => false)]);
  run.catch(() => undefined); // A sync step that died throws into the dead process's own cleanup.
  await dying.closeAll();
  return { finished, steps: dying.steps };
}

async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => /\.bak\.\d+\.[0-9a-f]{8}\.tmp$/.test(n));
}

describe('a crash at any step of a save keeps every version (issue #25)', () => {
  it('save: for every step k, a fresh start has the config and ring of before or after the save, and undo works', async () => {
    const { place, template, now, ring } = await history();
    const full = await runDying(place, Infinity, 'save');
    expect(full.finished).toBe(true);
    const saved = (await read(place.file))!;
    const total = full.steps.length;
    expect(total).toBeGreaterThan(10);
    let landed = 0;
    for (let at = 1; at <= total; at++) {
      await restore(place, template);
      const { finished } = await runDying(place, at, 'save');
      const where = `crash before step ${at}/${total}: ${full.steps[at - 1] ?? ''}`;
      expect(finished, where).toBe(false);
      await buryWriter(place.file);
      const fresh = storeAt(place);
      await fresh.recover();
      const config = await read(place.file);
      expect([now, saved], where).toContain(config);
      if (config === saved) {
        landed++;
        // The save landed: the version it replaced is the ring's newest, the oldest one left the ring.
        expect(await ringOf(place.file), where).toEqual([now, ...ring.slice(0, BACKUP_RING_SIZE - 1)]);
      } else {
        expect(await ringOf(place.file), where).toEqual(ring);
      }
      expect(await leftovers(place.dir), where).toEqual([]);
      // Undo still undoes the last save that landed.
      await fresh.undo();
      expect(await read(place.file), where).toBe(config === saved ? now : ring[0]);
    }
    // Both sides of the rename were reached.
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(total);
  }, 240_000);

  it('undo: for every step k, a fresh start has the version of before or after the undo, the ring in order, and never undoes twice', async () => {
    const { place, template, now, ring } = await history();
    const full = await runDying(place, Infinity, 'undo');
    expect(full.finished).toBe(true);
    const total = full.steps.length;
    for (let at = 1; at <= total; at++) {
      await restore(place, template);
      await runDying(place, at, 'undo');
      const where = `crash before step ${at}/${total}: ${full.steps[at - 1] ?? ''}`;
      await buryWriter(place.file);
      const fresh = storeAt(place);
      await fresh.recover();
      const config = await read(place.file);
      expect([now, ring[0]], where).toContain(config);
      expect(await leftovers(place.dir), where).toEqual([]);
      if (config === ring[0]) {
        expect(await ringOf(place.file), where).toEqual([now, ...ring.slice(0, BACKUP_RING_SIZE - 1)]);
        // The undo landed: a second one would go a version further back than the user asked.
        await expect(fresh.undo(), where).rejects.toThrow();
        expect(await read(place.file), where).toBe(ring[0]);
      } else {
        expect(await ringOf(place.file), where).toEqual(ring);
        await fresh.undo();
        expect(await read(place.file), where).toBe(ring[0]);
      }
    }
  }, 240_000);

  it('the panel, the desktop app and serve recover a dead save’s copy when they start', async () => {
    const { place, now, ring } = await history();
    // What a save that died right after its rename leaves: the new config, the old one in a prepared copy.
    const copy = preparedPath(place.file, now).replace(`.${process.pid}.`, `.${DEAD_PID}.`);
    await writeFile(copy, now);
    await writeFile(place.file, `${now}// saved by the save that died\n`);
    const services = createServices({
      host: 'headless',
      appVersion: 'test',
      configFlag: place.file,
      stateDir: place.stateDir,
      env: { HOME: place.dir },
    });
    await services.start();
    services.stop();
    expect(await ringOf(place.file)).toEqual([now, ...ring.slice(0, BACKUP_RING_SIZE - 1)]);
    expect(await leftovers(place.dir)).toEqual([]);
  });
});
