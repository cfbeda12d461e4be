import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import { backupPath, BACKUP_RING_SIZE, prepareBackup } from './backups';

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
