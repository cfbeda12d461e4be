/**
 * The real OpenClaw's verdict on many config files in one process: its own reader and validator
 * (OpenClaw 2026.9.6 `config validate`: dist/config/config.js createConfigIO →
 * readConfigFileSnapshotWithPluginMetadata({prepareValidation: 'strict'}) →
 * finishConfigValidationForCli, dist/config-cli-validation-*.mjs), loaded once with OpenClaw's own
 * Node in a throw-away HOME, so each file costs milliseconds instead of a CLI start (seconds).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isolatedOpenClawEnv } from '@node/services/openclaw/run-openclaw';
import { outsideVitestEnv, type InstalledOpenClaw } from '../helpers/openclaw';

export interface OpenClawVerdict {
  valid: boolean;
  issues: { path: string; message: string }[];
  warnings: { path: string; message: string }[];
}

/** The dist chunk that re-exports finishConfigValidationForCli under its own name. */
function validationChunk(dist: string): string {
  for (const file of readdirSync(dist).filter((f) => f.startsWith('config-cli-validation-') && f.endsWith('.mjs'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    // The public chunk exports the name as it is; the one that defines it exports it minified (`… as r`).
    if (/export \{[^}]*\bfinishConfigValidationForCli\s*[,}]/.test(text)) return path.join(dist, file);
  }
  throw new Error(`OpenClaw's dist has no chunk exporting finishConfigValidationForCli (${dist})`);
}

// Reads file paths (JSON) from stdin, answers with one verdict per file on stdout.
const RUNNER = `
const [configModule, validationModule] = JSON.parse(process.argv[1]);
const { createConfigIO } = await import(configModule);
const { finishConfigValidationForCli } = await import(validationModule);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const file of JSON.parse(input)) {
  try {
    const read = await createConfigIO({ configPath: file, observe: false })
      .readConfigFileSnapshotWithPluginMetadata({ prepareValidation: 'strict' });
    const snap = await finishConfigValidationForCli(read);
    out.push({ valid: snap.valid === true, issues: snap.issues ?? [], warnings: snap.warnings ?? [] });
  } catch (error) {
    out.push({ valid: false, issues: [{ path: '<root>', message: String(error && error.message || error) }], warnings: [] });
  }
}
process.stdout.write(JSON.stringify(out));
`;

/** OpenClaw's verdict on each file, in order (one child process, deadline 10 minutes). */
export function openClawVerdicts(oc: InstalledOpenClaw, files: readonly string[]): Promise<OpenClawVerdict[]> {
  const dist = path.join(path.dirname(oc.entry), 'dist');
  const modules = JSON.stringify([path.join(dist, 'config', 'config.js'), validationChunk(dist)]);
  const home = mkdtempSync(path.join(os.tmpdir(), 'oc-differential-home-'));
  return new Promise<OpenClawVerdict[]>((resolve, reject) => {
    const child = execFile(
      oc.node,
      ['--input-type=module', '-e', RUNNER, modules],
      { timeout: 600_000, maxBuffer: 256 * 1024 * 1024, env: isolatedOpenClawEnv(outsideVitestEnv(), home) },
      (error, stdout, stderr) => {
        rmSync(home, { recursive: true, force: true });
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        const start = stdout.lastIndexOf('\n[') + 1;
        try {
          resolve(JSON.parse(stdout.slice(start)) as OpenClawVerdict[]);
        } catch (parse) {
          reject(
            new Error(`OpenClaw's validator printed no verdicts: ${(parse as Error).message}\n${stdout.slice(-2000)}`),
          );
        }
      },
    );
    child.stdin!.end(JSON.stringify(files));
  });
}
