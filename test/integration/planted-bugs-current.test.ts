/**
 * The planted-bug check (`npm run bench:mutations`) plants each bug by replacing a line of a
 * security-critical module; a refactor that changes that line would disarm it without a word.
 * Every planted line must still be in its module.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

it('every planted bug of bench/mutations.ts still applies to its module', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'run-ts.cjs'), 'bench/mutations.ts', '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/(\d+) of \1 planted bugs still apply/);
});
