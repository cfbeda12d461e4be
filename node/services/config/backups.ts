/**
 * The backup ring OpenClaw itself keeps next to the config: `openclaw.json.bak` is the
 * newest previous version, then `.bak.1` … `.bak.4`. A save first writes the previous
 * version to a synced, hash-named copy (`.openclaw.json.bak.<pid>.<hash8>.tmp`), and only
 * after the new config is in place settles the ring with that copy at `.bak` — so a failed
 * save leaves every backup as it was, and a crash at any step leaves each version in the
 * config, the ring or that copy, which the next save or start recovers into the ring.
 */
import path from 'node:path';
import { realFs, syncDir, writeVerified, type WriteFs } from './atomic-write';
import { hashText } from './config-document';
import { decodeConfigBytes } from '@shared/json5/text-bytes';
import { MAX_TEXT_LENGTH } from '@shared/json5/limits';
import { readRegularFileSync } from '@node/platform/regular-file';

export const BACKUP_RING_SIZE = 5;

export function backupPath(configPath: string, index = 0): string {
  return index === 0 ? `${configPath}.bak` : `${configPath}.bak.${index}`;
}

/** The prepared copy's name: its writer's pid and the first 8 hex digits of its text's hash (a torn copy does not match it). */
const PREPARED = /^\.(.+?)\.bak\.(\d+)\.([0-9a-f]{8})\.tmp$/;

export function preparedPath(configPath: string, previous: string): string {
  return path.join(
    path.dirname(configPath),
    `.${path.basename(configPath)}.bak.${process.pid}.${hashText(previous).slice(0, 8)}.tmp`,
  );
}

async function exists(filePath: string, fs: WriteFs): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Puts the ring in order with `prepared` (when given) as the newest version: the versions
 * present, newest first, go to `.bak`, `.bak.1` …, the ones past the ring's size are removed.
 * Every move goes to a free slot in an order that keeps newer before older at each step, so
 * running it again after a crash at any of its steps ends in the same ring.
 */
export async function settleRing(configPath: string, prepared: string | null, fs: WriteFs = realFs): Promise<void> {
  const present: { file: string; index: number }[] = prepared ? [{ file: prepared, index: -1 }] : [];
  for (let i = 0; i < BACKUP_RING_SIZE; i++) {
    const file = backupPath(configPath, i);
    if (await exists(file, fs)) present.push({ file, index: i });
  }
  if (present.every((p, j) => p.index === j)) return;
  // Only a prepared copy before a full ring makes one too many: the oldest leaves the ring.
  for (const { file } of present.slice(BACKUP_RING_SIZE)) await fs.rm(file, { force: true });
  const kept = present.slice(0, BACKUP_RING_SIZE);
  // Down first (closing gaps, oldest slots last), then up (making room, oldest first).
  for (let j = 0; j < kept.length; j++)
    if (kept[j]!.index > j) await fs.rename(kept[j]!.file, backupPath(configPath, j));
  for (let j = kept.length - 1; j >= 0; j--)
    if (kept[j]!.index < j) await fs.rename(kept[j]!.file, backupPath(configPath, j));
  await syncDir(path.dirname(configPath), fs);
}

export interface PreparedBackup {
  /** Settles the ring with the previous version in `.bak`; call only after the new config is in place. */
  commit(): Promise<string>;
  /** Removes the prepared copy (the save failed); the ring is untouched. */
  discard(): Promise<void>;
}

/** Writes `previous` (the config's bytes before the save) to a synced, hash-named copy beside the ring. */
export async function prepareBackup(
  configPath: string,
  previous: string,
  owner: { mode: number; uid: number; gid: number } | null,
  fs: WriteFs = realFs,
): Promise<PreparedBackup> {
  const temp = preparedPath(configPath, previous);
  const mode = owner ? (owner.mode & 0o777) | 0o600 : 0o600;
  try {
    await writeVerified(temp, previous, mode & 0o7777, fs);
    if (owner && process.getuid?.() === 0 && owner.uid !== 0) await fs.chown(temp, owner.uid, owner.gid);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch((cleanup: Error) =>
      // Said, not thrown: the write's own error is the one the caller reports. The next save
      // removes such a leftover (a torn copy does not match its name's hash: recoverBackups).
      console.error(`[config] could not remove the partial backup copy ${temp}: ${cleanup.message}`),
    );
    throw error;
  }
  return {
    async commit() {
      await settleRing(configPath, temp, fs);
      return backupPath(configPath, 0);
    },
    async discard() {
      await fs.rm(temp, { force: true });
    },
  };
}

function writerGone(pid: number): boolean {
  // Our own pid: the caller holds the writer lock, so no save of ours is preparing this file now.
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** The file's hash now (null when it does not exist, cannot be read, or is not a regular file within the limit). */
function hashOf(file: string): string | null {
  try {
    return hashText(decodeConfigBytes(readRegularFileSync(file, MAX_TEXT_LENGTH)));
  } catch {
    return null; // Missing or unreadable: no version of it to compare a leftover with.
  }
}

/** Whether a crash left anything to recover beside `configPath` (a prepared copy, a gap in the ring); reads only, takes no lock. */
export async function crashLeftSomething(configPath: string, fs: WriteFs = realFs): Promise<boolean> {
  const base = path.basename(configPath);
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(configPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (names.some((name) => PREPARED.exec(name)?.[1] === base)) return true;
  const ring = new Set(names);
  const present = Array.from({ length: BACKUP_RING_SIZE }, (_, i) =>
    ring.has(path.basename(backupPath(configPath, i))),
  );
  return present.some((here, i) => here && present.slice(0, i).includes(false));
}

/**
 * Recovers the prepared copies left by a save that crashed (call with the writer lock held):
 * a copy that holds the config's current version is a save that never landed and is removed;
 * a torn copy (its text does not match its name's hash) is removed; any other holds the version
 * that save replaced, which exists nowhere else, and goes into the ring as its newest. Gaps a
 * crash left in the ring are closed. Returns the leftovers recovered into the ring.
 */
export async function recoverBackups(configPath: string, fs: WriteFs = realFs): Promise<string[]> {
  const dir = path.dirname(configPath);
  const base = path.basename(configPath);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const leftovers: { file: string; mtime: number; hash8: string }[] = [];
  for (const name of names) {
    const m = PREPARED.exec(name);
    if (!m || m[1] !== base || !writerGone(Number(m[2]))) continue;
    const file = path.join(dir, name);
    const st = await fs.lstat(file);
    if (st.isFile()) leftovers.push({ file, mtime: st.mtimeMs, hash8: m[3]! }); // a pipe or link by that name is not ours
  }
  const recovered: string[] = [];
  const current = leftovers.length ? hashOf(configPath) : null;
  // Oldest first, so the newest leftover ends up at `.bak`.
  for (const leftover of leftovers.sort((a, b) => a.mtime - b.mtime)) {
    const hash = hashOf(leftover.file);
    if (hash === null) continue; // Unreadable: kept, never deleted unread.
    if (!hash.startsWith(leftover.hash8) || hash === current) {
      await fs.rm(leftover.file, { force: true });
      continue;
    }
    await settleRing(configPath, leftover.file, fs);
    recovered.push(path.basename(leftover.file));
  }
  await settleRing(configPath, null, fs);
  return recovered;
}
