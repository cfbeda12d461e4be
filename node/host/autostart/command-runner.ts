/** How the service installer runs system tools (systemctl, loginctl, launchctl): with a deadline, a missing tool as an answer. */
import { execFile } from 'node:child_process';

export interface RunResult {
  /** Exit code; null when the tool is missing, timed out or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  missing?: boolean;
}
export type CommandRunner = (file: string, args: string[]) => Promise<RunResult>;

/** Runs a system tool with a deadline; a missing tool answers `missing: true` instead of throwing. */
export function processRunner(timeoutMs = 15_000): CommandRunner {
  return (file, args) =>
    new Promise((resolve) => {
      execFile(file, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: string | number; killed?: boolean }) | null;
        if (!err) return resolve({ code: 0, stdout, stderr });
        if (err.code === 'ENOENT') return resolve({ code: null, stdout: '', stderr: err.message, missing: true });
        resolve({
          code: typeof err.code === 'number' ? err.code : null,
          stdout,
          stderr: err.killed ? `${stderr}\n(no answer within ${timeoutMs / 1000} s)`.trim() : stderr || err.message,
        });
      });
    });
}
