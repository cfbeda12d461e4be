/**
 * The real OpenClaw validator for integration tests: ../shared/tools/openclaw-validate.sh
 * (installs openclaw into a cache on first use), and a shim that makes it look like an
 * installed `openclaw` binary to the config store.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const VALIDATE_SCRIPT = path.resolve(__dirname, '../../../shared/tools/openclaw-validate.sh');
export const OPENCLAW_SHIM = path.resolve(__dirname, 'openclaw-shim/openclaw');
export const validatorAvailable = existsSync(VALIDATE_SCRIPT);

/** The test process's environment without vitest's markers: OpenClaw prints nothing when it sees VITEST. */
export function outsideVitestEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, ...extra };
}

export interface RealValidation {
  valid: boolean;
  issues: { path: string; message: string }[];
  raw: string;
}

export function validateWithRealOpenClaw(file: string): Promise<RealValidation> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [VALIDATE_SCRIPT, file, '--json'],
      { timeout: 300_000, maxBuffer: 8 * 1024 * 1024, env: outsideVitestEnv() },
      (error, stdout, stderr) => {
        const exit = (error as { code?: number } | null)?.code ?? 0;
        if (exit === 2) return reject(new Error(`openclaw-validate.sh could not run: ${stderr}`));
        const start = stdout.indexOf('{');
        try {
          const parsed = JSON.parse(stdout.slice(start)) as {
            valid: boolean;
            issues?: { path: string; message: string }[];
          };
          resolve({ valid: parsed.valid, issues: parsed.issues ?? [], raw: stdout + stderr });
        } catch {
          reject(new Error(`unexpected validator output (exit ${exit}): ${stdout}\n${stderr}`));
        }
      },
    );
  });
}
