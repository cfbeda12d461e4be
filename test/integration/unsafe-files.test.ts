/**
 * Every file the panel is asked to open by path — an `$include`, a GGUF, the service's token
 * file, the config itself — is opened only when it is a regular file (issue #25): a named pipe
 * (a real FIFO, mkfifo) never hangs it, /dev/zero never fills the memory, a sparse 600 MB file is
 * refused by its size before a byte is read. The guard against a hang is each test's timeout.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFileSync } from '@node/platform/regular-file';
import { readLocalGgufHeader } from '@node/services/fit/gguf-header';
import { readTokenFile, TokenFileError } from '@node/host/autostart/token-file';
import { tempDir } from '@test/helpers/temp-dir';

const unix = process.platform !== 'win32';
const LIMIT = 2 * 1024 * 1024;

const pipes: string[] = [];

async function fifo(name = 'pipe'): Promise<string> {
  const file = path.join(await tempDir(), name);
  execFileSync('mkfifo', [file]);
  pipes.push(file);
  return file;
}

// Cleanup after a reader that did block (the bug this file guards against): a writer's open lets
// it go, so no file-system thread of the test process stays stuck. Without a blocked reader the
// non-blocking open fails (ENXIO), which is fine.
afterEach(() => {
  for (const pipe of pipes.splice(0)) {
    try {
      closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waiting: nothing to release.
    }
  }
});

/** Bytes this process has read so far (Linux: /proc/self/io rchar), or null where there is no such count. */
function bytesRead(): number | null {
  try {
    return Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return null;
  }
}

describe.runIf(unix)('files the panel opens by path', () => {
  it('a sparse 600 MB file is refused by its size, before a byte of it is read', async () => {
    const file = path.join(await tempDir(), 'big.json5');
    await writeFile(file, '');
    await truncate(file, 600 * 1024 * 1024);
    const before = bytesRead();
    await expect(readRegularFile(file, LIMIT)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(() => readRegularFileSync(file, LIMIT)).toThrow(expect.objectContaining({ code: 'EFBIG' }));
    const after = bytesRead();
    // Reading up to the limit first would have read 2 MB (twice); refusing by size reads nothing of it.
    if (before !== null && after !== null) expect(after - before).toBeLessThan(LIMIT / 2);
  });

  it('a GGUF path that is a named pipe, read four times at once, is refused each time and the file-system threads stay free', async () => {
    const pipe = await fifo('model.gguf');
    // Settled together: a refusal that comes before the test looks at it is not an unhandled rejection.
    const reads = await Promise.allSettled(Array.from({ length: 4 }, () => readLocalGgufHeader(pipe)));
    for (const read of reads) expect(read).toMatchObject({ status: 'rejected', reason: { reason: 'io' } });
    // libuv has 4 file-system threads by default: a blocked open would hold one each.
    const other = path.join(path.dirname(pipe), 'other.txt');
    await writeFile(other, 'still reading');
    expect(await readFile(other, 'utf8')).toBe('still reading');
  }, 15_000);

  it('a GGUF path that is /dev/zero or a link to it is refused before it is read', async () => {
    const link = path.join(await tempDir(), 'zero.gguf');
    await symlink('/dev/zero', link);
    await expect(readLocalGgufHeader('/dev/zero')).rejects.toMatchObject({ reason: 'io' });
    await expect(readLocalGgufHeader(link)).rejects.toMatchObject({ reason: 'io' });
  }, 15_000);

  it('a token file that is a named pipe or /dev/zero is refused, not waited on', async () => {
    const pipe = await fifo('serve-token');
    // mkfifo made it 0644 under the usual umask; the mode check would refuse that first.
    execFileSync('chmod', ['600', pipe]);
    await expect(readTokenFile(pipe)).rejects.toBeInstanceOf(TokenFileError);
  }, 15_000);
});
