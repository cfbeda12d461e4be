/**
 * Runs one hardware tool (nvidia-smi, amd-smi, rocm-smi) asynchronously with a hard
 * deadline: on timeout the whole process group is killed, its pipes are closed and the
 * child is unref'd, so a wedged driver (a tool stuck in the kernel, or a script whose
 * grandchild keeps the pipe open) can never keep a command or the app waiting.
 */
import { spawn } from 'node:child_process';

export type ToolRun =
  | { status: 'ok'; code: number; stdout: string; stderr: string; ms: number }
  | { status: 'missing'; ms: number }
  | { status: 'timeout'; ms: number }
  | { status: 'failed'; detail: string; ms: number };

export interface RunToolOptions {
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
  /** Output beyond this is cut off (a tool gone mad must not fill memory). */
  maxBytes?: number;
}

export function runTool(file: string, args: readonly string[], options: RunToolOptions): Promise<ToolRun> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const maxBytes = options.maxBytes ?? 4 * 2 ** 20;
  return new Promise((resolve) => {
    let settled = false;
    let stdout = '';
    let stderr = '';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, args, {
        env: { ...options.env, LANG: 'C', LC_ALL: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group on POSIX, so a timeout kills what it started too.
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (error) {
      resolve({ status: 'failed', detail: (error as Error).message, ms: ms() });
      return;
    }
    const finish = (result: ToolRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Cleanup: the process may have exited between the timer and the kill.
        child.kill('SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      finish({ status: 'timeout', ms: ms() });
    }, options.timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < maxBytes) stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < maxBytes) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      finish(
        error.code === 'ENOENT'
          ? { status: 'missing', ms: ms() }
          : { status: 'failed', detail: error.message, ms: ms() },
      ),
    );
    child.on('close', (code, signal) =>
      finish(
        code === null
          ? { status: 'failed', detail: `killed by ${signal ?? 'a signal'}`, ms: ms() }
          : { status: 'ok', code, stdout, stderr, ms: ms() },
      ),
    );
  });
}
