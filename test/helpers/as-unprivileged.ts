/**
 * Runs a test body with the permissions of an ordinary user, so real permission checks apply
 * (root passes every mode bit, and CI runs as root). Not root: the body runs as it is. Root: the
 * given folders are handed to `nobody` (as a user owns their own config folder) and the process's
 * effective ids drop to it for the body, then return to root. Vitest runs each integration file in
 * its own process (pool: forks) and a file's tests one at a time, so nothing else runs meanwhile.
 */
import { chown, readdir } from 'node:fs/promises';
import path from 'node:path';

const NOBODY = 65534;

async function chownTree(target: string, uid: number, gid: number): Promise<void> {
  await chown(target, uid, gid);
  const entries = await readdir(target, { withFileTypes: true }).catch(() => [] /* a file, not a folder */);
  for (const entry of entries) await chownTree(path.join(target, entry.name), uid, gid);
}

export async function asUnprivileged<T>(owned: string[], body: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid || !process.setegid) return body();
  for (const target of owned) await chownTree(target, NOBODY, NOBODY);
  process.setegid(NOBODY);
  process.seteuid(NOBODY);
  try {
    return await body();
  } finally {
    process.seteuid(0);
    process.setegid(0);
  }
}
