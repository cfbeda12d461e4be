/** bin/claw-control.cjs, the package's `bin`: runs the built bundle beside it, or says how to build. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const ENTRY = path.resolve(__dirname, '../../bin/claw-control.cjs');

function run(file: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [file, '--version'],
      { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}

describe('bin/claw-control.cjs', () => {
  it('runs out/cli/claw-control.cjs when it is built, with the arguments', async () => {
    const root = await tempDir('claw-bin-');
    mkdirSync(path.join(root, 'bin'));
    mkdirSync(path.join(root, 'out', 'cli'), { recursive: true });
    copyFileSync(ENTRY, path.join(root, 'bin', 'claw-control.cjs'));
    writeFileSync(
      path.join(root, 'out', 'cli', 'claw-control.cjs'),
      'console.log("bundle", process.argv.slice(2).join(" "));\n',
    );
    expect(await run(path.join(root, 'bin', 'claw-control.cjs'))).toEqual({
      code: 0,
      stdout: 'bundle --version\n',
      stderr: '',
    });
  });

  it('asks the quick start first: its answer alone, else the bundle runs', async () => {
    const root = await tempDir('claw-bin-');
    mkdirSync(path.join(root, 'bin'));
    mkdirSync(path.join(root, 'out', 'cli'), { recursive: true });
    copyFileSync(ENTRY, path.join(root, 'bin', 'claw-control.cjs'));
    writeFileSync(path.join(root, 'out', 'cli', 'claw-control.cjs'), 'console.log("bundle");\n');
    const quick = path.join(root, 'out', 'cli', 'quick.cjs');
    writeFileSync(
      quick,
      `exports.quickAnswer = (argv, env, dir) =>
        argv[0] === '--version' && dir === ${JSON.stringify(path.dirname(quick))} ? { out: 'quick\\n', code: 0 } : null;\n`,
    );
    expect(await run(path.join(root, 'bin', 'claw-control.cjs'))).toEqual({ code: 0, stdout: 'quick\n', stderr: '' });
    writeFileSync(quick, 'exports.quickAnswer = () => null;\n');
    expect(await run(path.join(root, 'bin', 'claw-control.cjs'))).toEqual({ code: 0, stdout: 'bundle\n', stderr: '' });
  });

  it('without a build or the sources, says how to build and exits 1', async () => {
    const root = await tempDir('claw-bin-');
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(ENTRY, path.join(root, 'bin', 'claw-control.cjs'));
    const result = await run(path.join(root, 'bin', 'claw-control.cjs'), { LANG: 'en_US.UTF-8' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `claw-control is not built (no ${path.join(root, 'out', 'cli', 'claw-control.cjs')}): run npm run build in ${root}.\n`,
    );
  });
});
