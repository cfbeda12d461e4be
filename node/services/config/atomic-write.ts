/**
 * Writes a file so that a crash, a full disk or a kill at any moment leaves either the
 * old bytes or the new ones — never a mix: temp file in the same folder, write, fsync,
 * read back and compare, a last check (the caller's compare-and-swap) right before the
 * rename, fsync of the folder. Keeps the file's mode and owner, writes through symlinks
 * (a dangling one creates its target) and hard links, refuses read-only files, and
 * removes temp copies left by writers that crashed.
 */
import { constants, readFileSync, renameSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeConfigBytes, encodeConfigText } from '@shared/json5/text-bytes';

/** The file-system calls the writer makes, injectable so tests can fail any step. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  readlink: typeof fsp.readlink;
  readdir: typeof fsp.readdir;
  readFile: typeof fsp.readFile;
  realpath: typeof fsp.realpath;
  mkdir: typeof fsp.mkdir;
  chmod: typeof fsp.chmod;
  chown: typeof fsp.chown;
  /** The commit: synchronous, so nothing else runs between the last check and the rename. */
  renameSync: typeof renameSync;
  readFileSync: typeof readFileSync;
}

export const realFs: WriteFs = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  stat: fsp.stat,
  lstat: fsp.lstat,
  readlink: fsp.readlink,
  readdir: fsp.readdir,
  readFile: fsp.readFile,
  realpath: fsp.realpath,
  mkdir: fsp.mkdir,
  chmod: fsp.chmod,
  chown: fsp.chown,
  renameSync,
  readFileSync,
};

/** Thrown when the file has no owner-write bit (0444, 0400): it is never chmod-ed or replaced. */
/** A file without its owner's write bit (0444, 0400) is never replaced; Claw Control never chmods it. */
export const ownerCannotWrite = (mode: number): boolean => (mode & 0o200) === 0;

/** The mode as people write it, e.g. 0444. */
export const modeText = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');

export class ReadOnlyFileError extends Error {
  readonly code = 'EREADONLY';
  constructor(
    readonly file: string,
    readonly mode: number,
  ) {
    super(`${file} is read-only (mode ${modeText(mode)})`);
    this.name = 'ReadOnlyFileError';
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/**
 * The real file behind `filePath`: through every symlink, also a dangling one (then the
 * path the last link points to, which the write creates — the user linked it on purpose,
 * e.g. into a dotfiles repo), or `filePath` itself when nothing exists yet.
 */
export async function resolveTarget(filePath: string, fs: WriteFs = realFs): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  let current = filePath;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!(await fs.lstat(current)).isSymbolicLink()) return current;
      link = await fs.readlink(current);
    } catch (error) {
      if (isMissing(error)) return current;
      throw error;
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw Object.assign(new Error(`too many symlinks at ${filePath}`), { code: 'ELOOP' });
}

/** The temp names this module and the store use beside `target` (all carry the writer's pid). */
export function tempName(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Temp and candidate copies; a prepared backup copy (`.bak.<pid>…`) is not one: it may hold the only copy of a version (recoverBackups in backups.ts). */
const ORPHAN = /^\.(.+?)\.(\d+)\.[0-9a-f]{8}\.tmp$|^\.(.+?)\.candidate-(\d+)\.json5$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `.openclaw.json.<pid>.<hex>.tmp` and `.openclaw.json.candidate-<pid>.json5` files
 * whose writer is gone (they may hold keys); prepared backup copies are left to recoverBackups.
 * Returns the names removed.
 */
export async function cleanOrphans(target: string, fs: WriteFs = realFs): Promise<string[]> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = ORPHAN.exec(name);
    if (!m) continue;
    const owner = m[1] ?? m[3];
    const pid = Number(m[2] ?? m[4]);
    if (owner !== base || processAlive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** fsync of a folder, so a rename in it survives a power cut; not possible on Windows. */
export async function syncDir(dir: string, fs: WriteFs = realFs): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to a new file at `file` (O_EXCL), fsyncs it and reads it back; throws on any difference. */
export async function writeVerified(file: string, data: string, mode: number, fs: WriteFs = realFs): Promise<void> {
  const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    await handle.writeFile(encodeConfigText(data));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.chmod(file, mode);
  // Bytes, not UTF-8 text: a stray Latin-1 byte kept by the editor must read back as itself.
  const back = decodeConfigBytes((await fs.readFile(file)) as Uint8Array);
  if (back !== data) throw Object.assign(new Error(`${file} did not read back as written`), { code: 'EIO' });
}

export interface AtomicWriteOptions {
  /** Called before the new file replaces the old one; throw to abort (nothing is replaced). */
  beforeCommit?: () => Promise<void>;
  /**
   * The compare-and-swap: called synchronously immediately before the (synchronous)
   * rename, so no other callback of this process runs in between; throw to abort.
   */
  checkSync?: () => void;
}

export async function writeFileAtomic(
  filePath: string,
  data: string,
  fs: WriteFs = realFs,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = await resolveTarget(filePath, fs);
  const dir = path.dirname(target);
  let existing: Awaited<ReturnType<typeof fsp.stat>> | null = null;
  try {
    existing = await fs.stat(target);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  }
  const mode = existing ? existing.mode & 0o7777 : 0o600;
  if (existing && ownerCannotWrite(mode)) throw new ReadOnlyFileError(target, mode);
  // Crash leftovers of earlier writers (never our own live ones).
  await cleanOrphans(target, fs);

  const temp = tempName(target);
  try {
    await writeVerified(temp, data, mode, fs);
    let inPlace = false;
    if (existing) {
      // Keep the owner (a save run with sudo must not hand the user's file to root).
      const uid = process.getuid?.();
      if (uid !== undefined && (existing.uid !== uid || existing.gid !== process.getgid?.())) {
        try {
          await fs.chown(temp, existing.uid, existing.gid);
        } catch {
          inPlace = true; // Not allowed to give it away: rewrite the file itself, which keeps its owner.
        }
      }
      // A hard-linked file must keep its inode, or the other names would keep the old bytes.
      if (existing.nlink > 1) inPlace = true;
    }
    await options.beforeCommit?.();
    if (inPlace) {
      options.checkSync?.();
      // The verified copy in `temp` stays until the in-place write is done and synced.
      const handle = await fs.open(target, constants.O_WRONLY | constants.O_TRUNC);
      try {
        await handle.writeFile(encodeConfigText(data));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rm(temp, { force: true });
    } else {
      options.checkSync?.();
      fs.renameSync(temp, target);
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch((cleanup: Error) =>
      // Said, not thrown: the write's own error is the one the caller reports. A save after this
      // process has ended removes such a leftover (cleanOrphans in atomic-write.ts).
      console.error(`[config] could not remove the temporary copy ${temp}: ${cleanup.message}`),
    );
    throw error;
  }
  try {
    await syncDir(dir, fs);
  } catch {
    // Some file systems cannot fsync a folder; the rename itself is still atomic.
  }
}
