/**
 * One writer at a time: an advisory lock file beside the config (`.openclaw.json.lock`,
 * holding pid, host, start time and a random token) that the panel, the CLI and the
 * desktop app all take before a save. A lock whose process is gone, or that is older
 * than `staleMs`, is taken over; waiting for a live one ends at a deadline.
 */
import { constants } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { realFs, type WriteFs } from './atomic-write';

export interface LockInfo {
  pid: number;
  host: string;
  at: number;
  token: string;
  tool: string;
}

export class LockBusyError extends Error {
  readonly code = 'ELOCKED';
  constructor(
    readonly lockFile: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      `${lockFile} is held by ${holder ? `${holder.tool} (pid ${holder.pid} on ${holder.host})` : 'another program'}`,
    );
    this.name = 'LockBusyError';
  }
}

export interface LockOptions {
  /** Who takes it (shown to the one that has to wait). */
  tool?: string;
  /** How long to wait for a live holder. */
  waitMs?: number;
  /** A lock older than this is considered left behind by a hung or crashed writer. */
  staleMs?: number;
  fs?: WriteFs;
  now?: () => number;
}

export const lockPathFor = (configPath: string) =>
  path.join(path.dirname(configPath), `.${path.basename(configPath)}.lock`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string, fs: WriteFs): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.at === 'number' ? info : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    return null; // Half-written or garbage: judged by its age below.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock for `configPath`, runs `task`, and releases it (only if it is still ours) on every path. */
export async function withWriteLock<T>(
  configPath: string,
  task: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? Date.now;
  const file = lockPathFor(configPath);
  const waitMs = options.waitMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  const me: LockInfo = {
    pid: process.pid,
    host: hostname(),
    at: now(),
    token: randomBytes(8).toString('hex'),
    tool: options.tool ?? 'claw-control',
  };
  const deadline = now() + waitMs;
  let delay = 2;
  for (;;) {
    try {
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        await handle.writeFile(JSON.stringify({ ...me, at: now() }));
      } catch (error) {
        // Could not say who holds it (a full disk): give it back rather than leave an empty lock behind.
        await handle.close();
        await fs.rm(file, { force: true });
        throw Object.assign(error as Error, { lockWriteFailed: true });
      }
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let stat;
    let holder: LockInfo | null;
    try {
      holder = await readLock(file, fs);
      stat = await fs.stat(file);
    } catch {
      continue; // Released between our open and our read: try again at once.
    }
    const started = holder?.at ?? stat.mtimeMs;
    const gone = holder !== null && holder.host === me.host && !alive(holder.pid);
    if (gone || now() - started > staleMs) {
      // Left behind by a crashed or hung writer: take it over.
      await fs.rm(file, { force: true });
      continue;
    }
    if (now() >= deadline) throw new LockBusyError(file, holder);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  try {
    return await task();
  } finally {
    // Cleanup: a lock that is gone or unreadable is not ours to remove.
    const current = await readLock(file, fs).catch(() => null);
    if (current?.token === me.token) await fs.rm(file, { force: true });
  }
}
