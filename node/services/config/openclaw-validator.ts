/**
 * Runs the user's own OpenClaw (`openclaw config validate --json`) on a candidate file,
 * when an `openclaw` binary is installed (OPENCLAW_BIN, else PATH). Read-only; bounded
 * by a timeout; its issues come back by field path.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { openclawIssueDetail } from '@shared/config/issue-detail';
import type { ConfigIssue } from '@shared/config/validate';
import { msg, type Message } from '@shared/i18n/message';
import { commandFor } from '../openclaw/run-openclaw';

export interface OpenClawValidation {
  /** `ran: false` when no binary was found or it could not give an answer. */
  ran: boolean;
  valid: boolean;
  issues: ConfigIssue[];
  warnings: string[];
  /** Why it did not run or could not answer (English, for logs and `--json`). */
  note?: string;
  /** The same, as a message the panel and the CLI translate. */
  noteMessage?: Message;
}

type Env = Readonly<Record<string, string | undefined>>;

export function findOpenClawBinary(env: Env): string | null {
  const explicit = env.OPENCLAW_BIN?.trim();
  if (explicit) return explicit;
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = path.join(dir, `openclaw${ext}`);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

interface ValidateJson {
  valid?: boolean;
  warnings?: unknown[];
  issues?: { path?: string; message?: string; allowedValues?: unknown[] }[];
  error?: { message?: string };
}

export function validateWithOpenClaw(
  file: string,
  env: Env,
  timeoutMs = 30_000,
  /** The binary the OpenClaw service located; undefined looks in OPENCLAW_BIN and PATH. */
  located?: string | null,
): Promise<OpenClawValidation> {
  const binary = located === undefined ? findOpenClawBinary(env) : located;
  if (!binary)
    return Promise.resolve({
      ran: false,
      valid: true,
      issues: [],
      warnings: [],
      note: 'OpenClaw is not installed here; checked with the built-in schema only',
      noteMessage: msg('editNotes.validatorMissing'),
    });
  return new Promise((resolve) => {
    const { file: command, prefix } = commandFor(binary);
    execFile(
      command,
      [...prefix, 'config', 'validate', '--json'],
      {
        env: { ...env, OPENCLAW_CONFIG_PATH: file },
        timeout: timeoutMs,
        maxBuffer: 4 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
        if (err?.killed) {
          resolve({
            ran: false,
            valid: true,
            issues: [],
            warnings: [],
            note: `openclaw config validate timed out after ${Math.round(timeoutMs / 1000)} s`,
            noteMessage: msg('editNotes.validatorTimeout', { seconds: Math.round(timeoutMs / 1000) }),
          });
          return;
        }
        let parsed: ValidateJson | null;
        const jsonStart = stdout.indexOf('{');
        try {
          parsed = jsonStart >= 0 ? (JSON.parse(stdout.slice(jsonStart)) as ValidateJson) : null;
        } catch {
          parsed = null;
        }
        if (!parsed || typeof parsed.valid !== 'boolean') {
          const reason =
            err?.code === 'ENOENT'
              ? `cannot run ${binary}`
              : (stderr || stdout).trim().split('\n').slice(-1)[0] || 'no answer';
          resolve({
            ran: false,
            valid: true,
            issues: [],
            warnings: [],
            note: `openclaw config validate gave no verdict: ${reason}`,
            noteMessage: msg('editNotes.validatorNoVerdict', { detail: reason }),
          });
          return;
        }
        resolve({
          ran: true,
          valid: parsed.valid,
          issues: (parsed.issues ?? []).map((issue) => {
            const message = issue.message ?? 'invalid';
            const detail = openclawIssueDetail(message, issue.allowedValues);
            return { path: issue.path ?? '<root>', message, ...(detail ? { detail } : {}) };
          }),
          warnings: (parsed.warnings ?? []).map((w) => (typeof w === 'string' ? w : JSON.stringify(w))),
          note: parsed.valid ? undefined : parsed.error?.message,
          ...(!parsed.valid && parsed.error?.message
            ? { noteMessage: msg('editNotes.validatorSays', { detail: parsed.error.message }) }
            : {}),
        });
      },
    );
  });
}
