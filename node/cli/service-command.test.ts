import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import type { CommandRunner, RunResult } from '@node/host/autostart/autostart-service';
import { registerService } from './commands/service';
import { createCliContext } from './context';
import { CliError } from './io';
import { problemOf } from '@shared/api/problem';
import { createTranslator } from '@locales/translate';

/** What the CLI prints for a failure: its problem's words (already in the user's language here). */
const said = (error: unknown) => createTranslator('en').message(problemOf(error).message);

type Answer = (line: string) => RunResult | undefined;
const NO_BUS: RunResult = { code: 1, stdout: '', stderr: 'Failed to connect to bus: No medium found\n' };
const noUserBus: Answer = (line) => (line.startsWith('systemctl --user') ? NO_BUS : undefined);

async function runService(argv: string[], lang = 'en_US.UTF-8', answer: Answer = () => undefined, home?: string) {
  home ??= await tempDir('claw-service-cli-');
  let stdout = '';
  let stderr = '';
  const calls: string[] = [];
  const run: CommandRunner = async (file, args) => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    return (
      answer(line) ?? {
        code: 0,
        stdout: file === 'loginctl' ? 'Linger=yes\n' : line.includes('is-active') ? 'active\n' : '',
        stderr: '',
      }
    );
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

  it('install without a user bus writes nothing, exits 1 and says exactly what to run', async () => {
    const { home, error, stdout } = await runService(['service', 'install'], 'en_US.UTF-8', noUserBus);
    expect((error as CliError).exitCode).toBe(1);
    const text = said(error);
    expect(text).toContain('There is no systemd user instance for ada here');
    expect(text).toContain('  sudo loginctl enable-linger ada\n  export XDG_RUNTIME_DIR=/run/user/1000\n');
    expect(text).toContain('  claw-control serve --host 127.0.0.1 --port 7420');
    expect(stdout).toBe('');
    await expect(stat(path.join(home, '.config', 'systemd', 'user', 'claw-control.service'))).rejects.toThrow(/ENOENT/);
  });

  it('a unit nobody runs: status exits 3 and says why; uninstall removes it and exits 0, and again', async () => {
    const installed = await runService(['service', 'install']);
    expect(installed.error).toBeNull();
    expect(installed.stdout).toContain('It is running now.');
    const status = await runService(['service', 'status'], 'en_US.UTF-8', noUserBus, installed.home);
    expect((status.error as CliError).exitCode).toBe(3);
    expect(said(status.error)).toMatch(
      /: not running, because no systemd manager answers here \(systemctl: Failed to connect to bus: No medium found\)$/,
    );
    for (let i = 0; i < 2; i++) {
      const removed = await runService(['service', 'uninstall'], 'en_US.UTF-8', noUserBus, installed.home);
      expect(removed.error).toBeNull();
      expect(removed.stderr).toBe('');
      expect(removed.stdout).toMatch(i === 0 ? /nothing was running it/ : /No service is installed/);
    }
  });

  it('uninstall of a unit that stays running fails once, saying why', async () => {
    const installed = await runService(['service', 'install']);
    const denied: Answer = (line) =>
      line.startsWith('systemctl --user disable') ? { code: 1, stdout: '', stderr: 'Access denied\n' } : undefined;
    const removed = await runService(['service', 'uninstall'], 'en_US.UTF-8', denied, installed.home);
    expect((removed.error as CliError).exitCode).toBe(1);
    expect(said(removed.error)).toMatch(
      /^Removed \S+claw-control\.service, but the service still runs: Access denied$/,
    );
    expect(removed.stdout).toBe('');
  });

  it('status exits 3 when nothing is installed', async () => {
    const { error } = await runService(['service', 'status']);
    expect((error as CliError).exitCode).toBe(3);
    expect(said(error)).toMatch(/No service is installed/);
  });
});
