/**
 * Start time of the built CLI (out/cli/claw-control.cjs, which `npm run bench` builds) for
 * --version, --help and a read-only command, as a ratio to `node -e 0` measured in the
 * same run, interleaved so machine load hits both alike. Target from issue #14: ≤ 3×.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { printSection } from './harness';

const CLI = path.resolve(__dirname, '..', 'out', 'cli', 'claw-control.cjs');
const TARGET = 3;

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore', timeout: 30_000 });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal ?? 'no status'}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function runCliStartBench(runs = 15): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const home = mkdtempSync(path.join(os.tmpdir(), 'claw-bench-cli-'));
  const config = path.join(home, 'openclaw.json');
  writeFileSync(config, '{ agents: { defaults: { model: { primary: "lmstudio/m", fallbacks: ["ollama/q"] } } } }\n');
  const env = { ...process.env, HOME: home, OPENCLAW_HOME: '', OPENCLAW_CONFIG_PATH: '', OPENCLAW_STATE_DIR: '' };
  const cases: [string, string[]][] = [
    ['node -e 0 (baseline)', ['-e', '0']],
    ['claw-control --version', [CLI, '--version']],
    ['claw-control --help', [CLI, '--help']],
    ['claw-control models fallbacks list', [CLI, 'models', 'fallbacks', 'list', '--config', config]],
  ];
  const times = cases.map(() => [] as number[]);
  try {
    for (let i = 0; i < runs + 2; i++)
      cases.forEach(([, args], c) => {
        const ms = timeOnce(args, env);
        if (i >= 2) times[c]!.push(ms); // the first two rounds warm the file cache
      });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const base = median(times[0]!);
  printSection(
    `CLI start (median of ${runs}, target ≤ ${TARGET}× node -e 0)`,
    cases.map(([name], c) => {
      const ms = median(times[c]!);
      const ratio = ms / base;
      return {
        name,
        value: `${ms.toFixed(0)} ms${c === 0 ? '' : `  ${ratio.toFixed(2)}× ${ratio <= TARGET ? 'ok' : 'OVER TARGET'}`}`,
      };
    }),
  );
}
