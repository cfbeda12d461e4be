import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import {
  backupPath,
  BACKUP_RING_SIZE,
  crashLeftSomething,
  preparedPath,
  prepareBackup,
  recoverBackups,
} from './backups';

async function ring(dir: string, f: string) {
  const out: string[] = [];
  for (let i = 0; i < BACKUP_RING_SIZE; i++) out.push(await readFile(backupPath(f, i), 'utf8').catch(() => '-'));
  return { out, files: (await readdir(dir)).sort() };
}

describe('backup ring', () => {
  it('commit shifts the ring by one, drops the oldest and puts the previous version in .bak (0600)', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    for (let v = 1; v <= 6; v++) await (await prepareBackup(f, `v${v}`, null)).commit();
    const { out, files } = await ring(dir, f);
    expect(out).toEqual(['v6', 'v5', 'v4', 'v3', 'v2']);
    expect(files.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await stat(backupPath(f))).mode & 0o777).toBe(0o600);
  });

  it('discard leaves the ring exactly as it was', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    for (let v = 1; v <= 3; v++) await (await prepareBackup(f, `v${v}`, null)).commit();
    const before = await ring(dir, f);
    await (await prepareBackup(f, 'v4', null)).discard();
    expect(await ring(dir, f)).toEqual(before);
  });

  it('a copy that fails to write leaves no partial file and the ring untouched', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    await (await prepareBackup(f, 'v1', null)).commit();
    const before = await ring(dir, f);
    const failing: WriteFs = {
      ...realFs,
      readFile: (async () => 'torn') as unknown as WriteFs['readFile'],
    };
    await expect(prepareBackup(f, 'v2', null, failing)).rejects.toThrow(/did not read back/);
    expect(await ring(dir, f)).toEqual(before);
  });

  it('commit fsyncs the folder', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    await writeFile(f, 'x');
    const opened: string[] = [];
    const spy: WriteFs = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        opened.push(String(args[0]));
        return realFs.open(...args);
      }) as WriteFs['open'],
    };
    await (await prepareBackup(f, 'v1', null, spy)).commit();
    expect(opened.at(-1)).toBe(dir);
  });
});

describe('recovering what a crashed save left (issue #25)', () => {
  const DEAD_PID = 2 ** 22 + 99; // above Linux's pid_max: no such process
  /** The prepared copy of `text` as a writer that is gone left it. */
  const deadCopy = (f: string, text: string) => preparedPath(f, text).replace(`.${process.pid}.`, `.${DEAD_PID}.`);

  it('a copy holding a version found nowhere else becomes the ring’s newest; the ring keeps its order', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    for (let v = 1; v <= 5; v++) await (await prepareBackup(f, `v${v}`, null)).commit();
    await writeFile(f, 'v7');
    expect(await crashLeftSomething(f)).toBe(false);
    await writeFile(deadCopy(f, 'v6'), 'v6');
    expect(await crashLeftSomething(f)).toBe(true);
    expect(await recoverBackups(f)).toHaveLength(1);
    const { out, files } = await ring(dir, f);
    expect(out).toEqual(['v6', 'v5', 'v4', 'v3', 'v2']);
    expect(files.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a copy of the config’s own version (the save never landed) and a torn copy are removed, the ring untouched', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    for (let v = 1; v <= 3; v++) await (await prepareBackup(f, `v${v}`, null)).commit();
    await writeFile(f, 'v4');
    await writeFile(deadCopy(f, 'v4'), 'v4');
    await writeFile(deadCopy(f, 'v5 whole'), 'v5 wh');
    const before = (await ring(dir, f)).out;
    expect(await recoverBackups(f)).toEqual([]);
    const { out, files } = await ring(dir, f);
    expect(out).toEqual(before);
    expect(files.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a gap a crash left in the ring is closed, newest first', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    for (let v = 1; v <= 4; v++) await (await prepareBackup(f, `v${v}`, null)).commit();
    // v4 v3 v2 v1 - → v4 - v3 v2 v1: as a crash between two renames of the ring's shift leaves it.
    for (const i of [3, 2, 1]) await rename(backupPath(f, i), backupPath(f, i + 1));
    expect(await crashLeftSomething(f)).toBe(true);
    await recoverBackups(f);
    expect(await crashLeftSomething(f)).toBe(false);
    expect((await ring(dir, f)).out).toEqual(['v4', 'v3', 'v2', 'v1', '-']);
  });

  it('a copy a live writer is preparing is left alone', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'openclaw.json');
    await writeFile(f, 'v2');
    const live = preparedPath(f, 'v1').replace(`.${process.pid}.`, '.1.'); // pid 1 is always alive
    await writeFile(live, 'v1');
    expect(await recoverBackups(f)).toEqual([]);
    expect(await readFile(live, 'utf8')).toBe('v1');
  });
});
