import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import type { CommandRunner } from '@node/host/autostart/autostart-service';
import { registerService } from './commands/service';
import { createCliContext } from './context';
import { CliError } from './io';
import { problemOf } from '@shared/api/problem';
import { createTranslator } from '@locales/translate';

/** What the CLI prints for a failure: its problem's words (already in the user's language here). */
const said = (error: unknown) => createTranslator('en').message(problemOf(error).message);

async function runService(argv: string[], lang = 'en_US.UTF-8') {
  const home = await tempDir('claw-service-cli-');
  let stdout = '';
  let stderr = '';
  const calls: string[] = [];
  const run: CommandRunner = async (file, args) => {
    calls.push([file, ...args].join(' '));
    return { code: 0, stdout: file === 'loginctl' ? 'Linger=yes\n' : '', stderr: '' };
  };
  const io = {
    out: (s: string) => (stdout += s),
    err: (s: string) => (stderr += s),
    env: { HOME: home, LANG: lang, PATH: '/usr/bin' },
    signal: AbortSignal.abort(),
  };
  const program = new Command('claw-control').exitOverride();
  registerService(program, createCliContext(io), {
    platform: 'linux',
    home,
    run,
    uid: 1000,
    user: 'ada',
    node: '/usr/bin/node',
    cli: '/usr/lib/node_modules/claw-control/bin/claw-control.cjs',
    hostname: 'gpu-box',
  });
  program.commands.forEach((c) => c.commands.forEach((s) => s.exitOverride()));
  const error = await program.parseAsync(argv, { from: 'user' }).then(
    () => null,
    (e: unknown) => e,
  );
  return { home, stdout, stderr, calls, error };
}

describe('claw-control service', () => {
  it('install prints the URL, the token file and the ssh -L command', async () => {
    const { home, stdout, calls, error } = await runService(['service', 'install', '--port', '7431']);
    expect(error).toBeNull();
    const tokenFile = path.join(home, '.config', 'claw-control', 'serve-token');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    const token = (await readFile(tokenFile, 'utf8')).trim();
    expect(stdout).toContain(`Panel: http://127.0.0.1:7431/?token=${token}`);
    expect(stdout).toContain('ssh -N -L 7431:127.0.0.1:7431 ada@gpu-box');
    expect(stdout).toContain(`Token file: ${tokenFile}`);
    expect(stdout).not.toContain('loginctl enable-linger'); // linger is already on
    expect(calls).toContain('systemctl --user enable claw-control.service');
  });

  it('refuses --host 0.0.0.0 without --allow-remote (exit 2), in the user’s language', async () => {
    const { error, calls } = await runService(['service', 'install', '--host', '0.0.0.0'], 'zh_CN.UTF-8');
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect(said(error)).toContain('拒绝监听 0.0.0.0');
    expect(calls).toEqual([]);
  });

  it('status exits 3 when nothing is installed', async () => {
    const { error } = await runService(['service', 'status']);
    expect((error as CliError).exitCode).toBe(3);
    expect(said(error)).toMatch(/No service is installed/);
  });
});
