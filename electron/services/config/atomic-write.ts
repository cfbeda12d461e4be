/**
 * Writes a file so that a crash, a full disk or a kill at any moment leaves either the
 * old bytes or the new ones — never a mix: temp file in the same folder, fsync, rename,
 * fsync of the folder. Keeps the file's mode (0600 for a new one) and writes a
 * symlinked config through to its target instead of replacing the link.
 */
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { encodeConfigText } from '../../../shared/json5/text-bytes';

/** The file-system calls the writer makes, injectable so tests can fail any step. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  stat: typeof fsp.stat;
  realpath: typeof fsp.realpath;
  mkdir: typeof fsp.mkdir;
  chmod: typeof fsp.chmod;
}

export const realFs: WriteFs = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  stat: fsp.stat,
  realpath: fsp.realpath,
  mkdir: fsp.mkdir,
  chmod: fsp.chmod,
};

/** The real file behind `filePath` (through symlinks), or `filePath` itself when it does not exist yet. */
export async function resolveTarget(filePath: string, fs: WriteFs = realFs): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return filePath;
    throw error;
  }
}

export async function writeFileAtomic(filePath: string, data: string, fs: WriteFs = realFs): Promise<void> {
  const target = await resolveTarget(filePath, fs);
  const dir = path.dirname(target);
  let mode = 0o600;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    try {
      await handle.writeFile(encodeConfigText(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.chmod(temp, mode);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  try {
    const dirHandle = await fs.open(dir, constants.O_RDONLY);
    await dirHandle.sync().finally(() => dirHandle.close());
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic.
  }
}
