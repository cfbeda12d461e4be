/**
 * The resident memory of the server process listening on a port of this machine, where it can be read:
 * Linux `/proc/<pid>/cmdline` naming the port (`--port N`, `--port=N`) and `/proc/<pid>/status` VmRSS
 * (proc(5)). Null elsewhere, or when no such process is visible (another user's, another machine's).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const portOf = (args: string[]): number | null => {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--port' && args[i + 1]) return Number(args[i + 1]);
    if (a.startsWith('--port=')) return Number(a.slice('--port='.length));
  }
  return null;
};

export async function rssOfServerOnPort(port: number, procRoot = '/proc'): Promise<number | null> {
  let pids: string[];
  try {
    pids = (await readdir(procRoot)).filter((name) => /^\d+$/.test(name));
  } catch {
    // No /proc (macOS, Windows): the resident memory is not readable here.
    return null;
  }
  for (const pid of pids) {
    let args: string[];
    try {
      args = (await readFile(path.join(procRoot, pid, 'cmdline'), 'utf8')).split('\0').filter(Boolean);
    } catch {
      // The process ended, or belongs to someone else: not this one.
      continue;
    }
    if (portOf(args) !== port) continue;
    try {
      const status = await readFile(path.join(procRoot, pid, 'status'), 'utf8');
      const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      return kb ? Number(kb[1]) * 1024 : null;
    } catch {
      // Found but unreadable: unknown, not zero.
      return null;
    }
  }
  return null;
}
