/**
 * The real OpenClaw for integration tests: the pinned release, installed into a cache by the
 * project's own scripts/install-openclaw.mjs on first use (about a minute and 1 GB), run with a
 * throw-away HOME / OPENCLAW_STATE_DIR so a developer's ~/.openclaw is never read. These tests
 * never skip silently: they run, or fail when OpenClaw cannot be installed, unless the developer
 * opts out explicitly with CLAW_CONTROL_SKIP_OPENCLAW=1 (documented in the README's "Tests").
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isolatedOpenClawEnv } from '@node/services/openclaw/run-openclaw';

export const INSTALL_SCRIPT = path.resolve(__dirname, '../../scripts/install-openclaw.mjs');
export const OPENCLAW_SHIM = path.resolve(__dirname, 'openclaw-shim/openclaw');
export const OPENCLAW_OPT_OUT_VAR = 'CLAW_CONTROL_SKIP_OPENCLAW';
export const openclawOptedOut = process.env[OPENCLAW_OPT_OUT_VAR] === '1';

if (openclawOptedOut) console.log(`[openclaw] ${OPENCLAW_OPT_OUT_VAR}=1: the real-OpenClaw tests are skipped`);

export interface InstalledOpenClaw {
  version: string;
  node: string;
  entry: string;
}

let installed: InstalledOpenClaw | null = null;
/** Installs the pinned OpenClaw on first call (blocking, up to 15 minutes); throws when it cannot. */
export function realOpenClaw(): InstalledOpenClaw {
  if (installed) return installed;
  const out = execFileSync(process.execPath, [INSTALL_SCRIPT, '--json'], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  installed = JSON.parse(out.trim().split('\n').pop()!) as InstalledOpenClaw;
  return installed;
}

/** The test process's environment without vitest's markers: OpenClaw prints nothing when it sees VITEST. */
export function outsideVitestEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, ...extra };
}

/** Environment for the shim (test/helpers/openclaw-shim/openclaw) that stands in for a user's `openclaw`. */
export function shimEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const oc = realOpenClaw();
  return outsideVitestEnv({
    OPENCLAW_BIN: OPENCLAW_SHIM,
    OPENCLAW_TEST_NODE: oc.node,
    OPENCLAW_TEST_ENTRY: oc.entry,
    ...extra,
  });
}

export interface RealRun {
  exit: number;
  stdout: string;
  stderr: string;
}

/** Runs the real OpenClaw CLI, isolated as the app runs it (and as the shared openclaw-validate.sh does). */
export function runRealOpenClaw(args: string[], extraEnv: Record<string, string> = {}): Promise<RealRun> {
  const oc = realOpenClaw();
  const home = mkdtempSync(path.join(os.tmpdir(), 'oc-test-home-'));
  // The app's own isolation (node/services/openclaw/run-openclaw.ts); extraEnv names the config to read.
  const env = { ...isolatedOpenClawEnv(outsideVitestEnv(), home), ...extraEnv };
  return new Promise((resolve) => {
    execFile(
      oc.node,
      [oc.entry, ...args],
      { timeout: 300_000, maxBuffer: 16 * 1024 * 1024, env },
      (error, stdout, stderr) => {
        rmSync(home, { recursive: true, force: true });
        const exit = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : -1
          : 0;
        resolve({ exit, stdout, stderr });
      },
    );
  });
}

export interface RealValidation {
  valid: boolean;
  issues: { path: string; message: string }[];
  raw: string;
}

export async function validateWithRealOpenClaw(
  file: string,
  extraEnv: Record<string, string> = {},
): Promise<RealValidation> {
  const run = await runRealOpenClaw(['config', 'validate', '--json'], {
    OPENCLAW_CONFIG_PATH: path.resolve(file),
    ...extraEnv,
  });
  const start = run.stdout.indexOf('{');
  try {
    const parsed = JSON.parse(run.stdout.slice(start)) as {
      valid: boolean;
      issues?: { path: string; message: string }[];
    };
    return { valid: parsed.valid, issues: parsed.issues ?? [], raw: run.stdout + run.stderr };
  } catch {
    throw new Error(`unexpected validator output (exit ${run.exit}): ${run.stdout}\n${run.stderr}`);
  }
}

/** Throws with OpenClaw's own issues unless the real validator accepts the file; passes when the developer opted out. */
export async function assertOpenClawAccepts(file: string): Promise<void> {
  if (openclawOptedOut) return; // CLAW_CONTROL_SKIP_OPENCLAW=1: the documented opt-out
  const result = await validateWithRealOpenClaw(file);
  if (!result.valid || result.issues.length > 0) {
    throw new Error(`OpenClaw rejects ${file}: ${JSON.stringify(result.issues)}\n${result.raw}`);
  }
}
