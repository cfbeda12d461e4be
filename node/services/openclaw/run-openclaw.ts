/**
 * Runs an `openclaw` binary with a deadline, in a throw-away HOME / OPENCLAW_STATE_DIR (as the
 * shared openclaw-validate.sh does) so asking it for its version or schema never reads or
 * creates the user's ~/.openclaw. Settles on every path: exit, spawn error, or timeout.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export interface OpenClawRun {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Why it did not answer (spawn error, non-zero exit, timeout). */
  failure?: string;
}

/** `.mjs`/`.js` entries run through the current Node; anything else is executed directly. */
export function commandFor(binary: string): { file: string; prefix: string[] } {
  return /\.(m?js|cjs)$/.test(binary) ? { file: process.execPath, prefix: [binary] } : { file: binary, prefix: [] };
}

/**
 * `env` as OpenClaw should see it: HOME and its state in the throw-away `home`, offline, no
 * auto-update, no colour, and none of the user's profile, agent, workspace or config pointers.
 */
export function isolatedOpenClawEnv(env: Env, home: string): Record<string, string | undefined> {
  const isolated: Record<string, string | undefined> = {
    ...env,
    HOME: home,
    OPENCLAW_HOME: home,
    OPENCLAW_STATE_DIR: path.join(home, 'state'),
    OPENCLAW_OFFLINE: '1',
    OPENCLAW_NO_AUTO_UPDATE: '1',
    NO_COLOR: '1',
  };
  for (const key of ['OPENCLAW_PROFILE', 'OPENCLAW_AGENT_DIR', 'OPENCLAW_WORKSPACE_DIR', 'OPENCLAW_CONFIG_PATH'])
    delete isolated[key];
  return isolated;
}

export async function runOpenClaw(
  binary: string,
  args: readonly string[],
  env: Env,
  timeoutMs: number,
  maxBuffer = 16 * 1024 * 1024,
): Promise<OpenClawRun> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'claw-control-openclaw-'));
  const isolated = isolatedOpenClawEnv(env, home);
  const { file, prefix } = commandFor(binary);
  try {
    return await new Promise<OpenClawRun>((resolve) => {
      execFile(
        file,
        [...prefix, ...args],
        { env: isolated, timeout: timeoutMs, maxBuffer, windowsHide: true },
        (error, stdout, stderr) => {
          if (!error) return resolve({ ok: true, stdout, stderr });
          const err = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          const failure = err.killed
            ? `timed out after ${Math.round(timeoutMs / 1000)} s`
            : err.code === 'ENOENT' || err.code === 'EACCES'
              ? `cannot run ${binary} (${err.code})`
              : `exit ${String(err.code)}: ${(stderr || stdout).trim().split('\n').slice(-1)[0] ?? ''}`.trim();
          resolve({ ok: false, stdout, stderr, failure });
        },
      );
    });
  } finally {
    // A temp folder that will not go away is a stray folder in the OS temp dir, nothing else: said, not thrown.
    await rm(home, { recursive: true, force: true }).catch((cleanup: Error) =>
      console.error(`[openclaw] could not remove the throw-away home ${home}: ${cleanup.message}`),
    );
  }
}
