import { execFileSync } from 'node:child_process';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { readRegularFile, readRegularFileSync } from './regular-file';

describe('reading only regular files within a limit', () => {
  it('reads a regular file whole', async () => {
    const file = path.join(await tempDir(), 'a.json5');
    await writeFile(file, '{ a: 1 }');
    expect((await readRegularFile(file, 100)).toString()).toBe('{ a: 1 }');
    expect(readRegularFileSync(file, 100).toString()).toBe('{ a: 1 }');
  });

  // The guard against waiting for a writer that never comes is the test's timeout, not a stopwatch.
  it('refuses a named pipe instead of waiting for a writer that never comes', async () => {
    const fifo = path.join(await tempDir(), 'pipe.json5');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo, 100)).rejects.toMatchObject({ code: 'ENOTREG' });
    expect(() => readRegularFileSync(fifo, 100)).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
  }, 15_000);

  it('refuses a device (/dev/zero) and a folder without reading them', async () => {
    await expect(readRegularFile('/dev/zero', 2 * 1024 * 1024)).rejects.toMatchObject({ code: 'ENOTREG' });
    const dir = path.join(await tempDir(), 'folder');
    await mkdir(dir);
    expect(() => readRegularFileSync(dir, 100)).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
  });

  it('refuses a file over the limit by its size (a sparse 600 MB file is not read)', async () => {
    const file = path.join(await tempDir(), 'big.json5');
    await writeFile(file, '');
    await truncate(file, 600 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(readRegularFile(file, 2 * 1024 * 1024)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(() => readRegularFileSync(file, 2 * 1024 * 1024)).toThrow(expect.objectContaining({ code: 'EFBIG' }));
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
});
