import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { AutostartError, createAutostart, type CommandRunner, type RunResult } from './autostart-service';
import { ensureTokenFile, TokenFileError } from './token-file';
import { systemdQuote } from './unit-files';

/** Records each system command; answers from `answers` (by "file firstArg…" prefix), else success. */
function recorder(answers: Record<string, RunResult> = {}) {
  const calls: string[] = [];
  const run: CommandRunner = async (file, args) => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const key = Object.keys(answers).find((prefix) => line.startsWith(prefix));
    return key ? answers[key]! : { code: 0, stdout: '', stderr: '' };
  };
  return { calls, run };
}

const MISSING: RunResult = { code: null, stdout: '', stderr: 'spawn ENOENT', missing: true };

async function setup(platform: NodeJS.Platform, answers?: Record<string, RunResult>) {
  const home = await tempDir('claw-autostart-');
  const stateDir = path.join(home, 'state');
  const { calls, run } = recorder(answers);
  const autostart = createAutostart({
    platform,
    home,
    env: { PATH: '/opt/node/bin:/usr/bin', OPENCLAW_CONFIG_PATH: '/srv/oc/openclaw.json', SECRET_THING: 'x' },
    stateDir,
    run,
    uid: 501,
    user: 'ada',
  });
  const request = {
    node: '/opt/node/bin/node',
    cli: '/opt/claw control/bin/claw-control.cjs',
    host: '127.0.0.1',
    port: 7420,
    allowRemote: false,
  };
  return { home, stateDir, calls, autostart, request };
}

describe('service install on Linux (systemd user unit)', () => {
  it('writes a unit that runs serve with the token file, enables it, and makes a 0600 token', async () => {
    const { home, stateDir, calls, autostart, request } = await setup('linux', {
      'loginctl show-user': { code: 0, stdout: 'Linger=no\n', stderr: '' },
    });
    const result = await autostart.install(request);
    expect(result.file).toBe(path.join(home, '.config', 'systemd', 'user', 'claw-control.service'));
    const unit = await readFile(result.file, 'utf8');
    const tokenFile = path.join(stateDir, 'serve-token');
    expect(unit).toContain(
      `ExecStart="/opt/node/bin/node" "/opt/claw control/bin/claw-control.cjs" "serve" "--host" "127.0.0.1" "--port" "7420" "--token-file" "${tokenFile}"`,
    );
    expect(unit).toContain('Environment="PATH=/opt/node/bin:/usr/bin"');
    expect(unit).toContain('Environment="OPENCLAW_CONFIG_PATH=/srv/oc/openclaw.json"');
    expect(unit).not.toContain('SECRET_THING'); // only the variables the panel reads
    expect(unit).toMatch(/\[Install\]\nWantedBy=default\.target/);
    expect(unit).toContain('Restart=on-failure');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    const token = (await readFile(tokenFile, 'utf8')).trim();
    expect(result.url).toBe(`http://127.0.0.1:7420/?token=${token}`);
    expect(calls).toEqual([
      'systemctl --user daemon-reload',
      'systemctl --user enable claw-control.service',
      'systemctl --user restart claw-control.service',
      'loginctl show-user ada --property=Linger',
    ]);
    expect(result.enabled).toBe(true);
    expect(result.notes).toContainEqual({ code: 'ship.lingerHint', params: { user: 'ada' } });
  });

  it('keeps the same token when installed again', async () => {
    const { autostart, request } = await setup('linux');
    const first = await autostart.install(request);
    const second = await autostart.install({ ...request, port: 8000 });
    expect(new URL(second.url).searchParams.get('token')).toBe(new URL(first.url).searchParams.get('token'));
  });

  it('refuses a non-loopback address unless --allow-remote, and writes nothing then', async () => {
    const { calls, autostart, request } = await setup('linux');
    await expect(autostart.install({ ...request, host: '0.0.0.0' })).rejects.toMatchObject({
      detail: { code: 'ship.remoteRefused', params: { host: '0.0.0.0' } },
    });
    expect(calls).toEqual([]);
    await expect(readFile(autostart.unitFile, 'utf8')).rejects.toThrow(/ENOENT/);
    const allowed = await autostart.install({ ...request, host: '0.0.0.0', allowRemote: true });
    expect(await readFile(allowed.file, 'utf8')).toContain('"--host" "0.0.0.0"');
  });

  it('without systemctl: writes the unit, says how to enable it, and reports not enabled', async () => {
    const { autostart, request } = await setup('linux', { systemctl: MISSING, loginctl: MISSING });
    const result = await autostart.install(request);
    expect(result.enabled).toBe(false);
    expect(result.notes).toContainEqual({ code: 'ship.systemctlMissing' });
    expect(await readFile(result.file, 'utf8')).toContain('ExecStart=');
  });

  it('status reads the URL back from the unit; uninstall disables and removes it', async () => {
    const { calls, autostart, request } = await setup('linux', {
      'systemctl --user is-active': { code: 0, stdout: 'active\n', stderr: '' },
      'systemctl --user is-enabled': { code: 0, stdout: 'enabled\n', stderr: '' },
    });
    expect((await autostart.status()).installed).toBe(false);
    const installed = await autostart.install({ ...request, port: 7555 });
    const status = await autostart.status();
    expect(status).toMatchObject({ installed: true, state: 'active, enabled', url: installed.url });
    calls.length = 0;
    const removed = await autostart.uninstall();
    expect(removed.removed).toBe(true);
    expect(calls).toEqual(['systemctl --user disable --now claw-control.service', 'systemctl --user daemon-reload']);
    await expect(readFile(installed.file, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('quotes paths with spaces, quotes, $ and % so systemd reads them back unchanged', async () => {
    expect(systemdQuote('/a b/"c"$HOME%i\\x')).toBe('"/a b/\\"c\\"$$HOME%%i\\\\x"');
    const { autostart, request, home } = await setup('linux');
    const tokenFile = path.join(home, 'odd $dir %x "q"', 'token');
    const installed = await autostart.install({ ...request, tokenFile });
    expect((await autostart.status()).url).toBe(installed.url);
  });
});

describe('service install on macOS (LaunchAgent)', () => {
  it('writes a plist that runs serve at load and keeps it alive, then bootstraps it in the GUI domain', async () => {
    const { home, calls, autostart, request } = await setup('darwin');
    const result = await autostart.install({ ...request, cli: '/Apps/A&B <x>/claw-control' });
    expect(result.file).toBe(path.join(home, 'Library', 'LaunchAgents', 'dev.clawcontrol.serve.plist'));
    const plist = await readFile(result.file, 'utf8');
    expect(plist).toContain('<key>Label</key>\n\t<string>dev.clawcontrol.serve</string>');
    expect(plist).toContain('\t\t<string>/Apps/A&amp;B &lt;x&gt;/claw-control</string>\n\t\t<string>serve</string>');
    expect(plist).toContain('<key>RunAtLoad</key>\n\t<true/>');
    expect(plist).toContain('<key>SuccessfulExit</key>\n\t\t<false/>');
    expect(plist).toContain('<key>PATH</key>\n\t\t<string>/opt/node/bin:/usr/bin</string>');
    expect(calls).toEqual([
      'launchctl bootout gui/501/dev.clawcontrol.serve',
      `launchctl bootstrap gui/501 ${result.file}`,
    ]);
    expect((await autostart.status()).url).toBe(result.url);
  });

  it('is refused on other platforms', async () => {
    const { autostart, request } = await setup('win32');
    await expect(autostart.install(request)).rejects.toBeInstanceOf(AutostartError);
  });
});

describe('token file', () => {
  it('refuses a token file that others can read, and one without a token', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'token');
    await writeFile(file, 'abcdefghijklmnopqrstuvwx\n');
    await chmod(file, 0o644);
    await expect(ensureTokenFile(file, 'linux')).rejects.toMatchObject({ detail: { code: 'ship.tokenFileTooOpen' } });
    await chmod(file, 0o600);
    expect(await ensureTokenFile(file, 'linux')).toBe('abcdefghijklmnopqrstuvwx');
    await writeFile(file, '\n');
    await expect(ensureTokenFile(file, 'linux')).rejects.toBeInstanceOf(TokenFileError);
  });
});
