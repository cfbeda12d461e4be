import { chmod, lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
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

const NO_BUS: RunResult = { code: 1, stdout: '', stderr: 'Failed to connect to bus: No medium found\n' };
const NOT_BOOTED: RunResult = {
  code: 1,
  stdout: '',
  stderr: "System has not been booted with systemd as init system (PID 1). Can't operate.\n",
};
const ACTIVE: RunResult = { code: 0, stdout: 'active\n', stderr: '' };

async function setup(platform: NodeJS.Platform, answers?: Record<string, RunResult>, uid = 501) {
  const home = await tempDir('claw-autostart-');
  const stateDir = path.join(home, 'state');
  const { calls, run } = recorder(answers);
  const autostart = createAutostart({
    platform,
    home,
    env: { PATH: '/opt/node/bin:/usr/bin', OPENCLAW_CONFIG_PATH: '/srv/oc/openclaw.json', SECRET_THING: 'x' },
    stateDir,
    run,
    uid,
    user: uid === 0 ? 'root' : 'ada',
    systemUnitDir: path.join(home, 'etc-systemd-system'),
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
      'systemctl --user is-active': ACTIVE,
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
      'systemctl --user show-environment',
      'systemctl --user daemon-reload',
      'systemctl --user enable claw-control.service',
      'systemctl --user restart claw-control.service',
      'systemctl --user is-active claw-control.service',
      'loginctl show-user ada --property=Linger',
    ]);
    expect(result.enabled).toBe(true);
    expect(result.running).toBe(true);
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

  it('without systemctl: writes nothing and offers the foreground command', async () => {
    const { autostart, request, stateDir } = await setup('linux', { systemctl: MISSING, loginctl: MISSING });
    await expect(autostart.install(request)).rejects.toMatchObject({
      detail: { code: 'ship2.noSystemctl' },
      help: [{ code: 'ship2.foreground', params: { serveCommand: 'claw-control serve --host 127.0.0.1 --port 7420' } }],
    });
    await expect(readFile(autostart.unitFile, 'utf8')).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(stateDir, 'serve-token'))).rejects.toThrow(/ENOENT/);
  });

  it('a user without a systemd user instance: writes nothing, and gives enable-linger, XDG_RUNTIME_DIR and the foreground', async () => {
    const { autostart, request, stateDir, calls } = await setup('linux', { 'systemctl --user': NO_BUS });
    const error = (await autostart.install(request).catch((e: unknown) => e)) as AutostartError;
    expect(error).toBeInstanceOf(AutostartError);
    expect(error.detail).toEqual({
      code: 'ship2.noUserManager',
      params: { user: 'ada', detail: 'Failed to connect to bus: No medium found' },
    });
    expect(error.help.map((m) => m.code)).toEqual(['ship2.enableLinger', 'ship2.foreground']);
    expect(error.help[0]!.params).toEqual({ user: 'ada', uid: 501 });
    expect(calls).toEqual(['systemctl --user show-environment', 'systemctl show-environment']);
    await expect(readFile(autostart.unitFile, 'utf8')).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(stateDir, 'serve-token'))).rejects.toThrow(/ENOENT/);
  });

  it('root without a user bus is offered the system unit; where systemd does not run at all, only the foreground', async () => {
    const rooted = await setup('linux', { 'systemctl --user': NO_BUS }, 0);
    await expect(rooted.autostart.install(rooted.request)).rejects.toMatchObject({
      help: [{ code: 'ship2.useSystemUnit' }, { code: 'ship2.foreground' }],
    });
    const container = await setup('linux', { 'systemctl --user': NO_BUS, systemctl: NOT_BOOTED }, 0);
    await expect(container.autostart.install({ ...container.request, tokenFile: '/srv/t' })).rejects.toMatchObject({
      help: [
        {
          code: 'ship2.foreground',
          params: { serveCommand: 'claw-control serve --host 127.0.0.1 --port 7420 --token-file /srv/t' },
        },
      ],
    });
    await expect(container.autostart.install({ ...container.request, system: true })).rejects.toMatchObject({
      detail: {
        code: 'ship2.noSystemManager',
        params: { detail: "System has not been booted with systemd as init system (PID 1). Can't operate" },
      },
    });
  });

  it('--system, as root: a running system unit with User=root, enabled for multi-user.target', async () => {
    const { autostart, request, calls, home } = await setup('linux', { 'systemctl is-active': ACTIVE }, 0);
    const result = await autostart.install({ ...request, system: true });
    expect(result.file).toBe(path.join(home, 'etc-systemd-system', 'claw-control.service'));
    const unit = await readFile(result.file, 'utf8');
    expect(unit).toMatch(/\nUser=root\nExecStart=/);
    expect(unit).toMatch(/\[Install\]\nWantedBy=multi-user\.target/);
    expect(calls).toEqual([
      'systemctl show-environment',
      'systemctl daemon-reload',
      'systemctl enable claw-control.service',
      'systemctl restart claw-control.service',
      'systemctl is-active claw-control.service',
    ]);
    expect(result).toMatchObject({ scope: 'system', enabled: true, running: true });
    expect((await autostart.status()).running).toBe(true);
  });

  it('--system is refused without root', async () => {
    const { autostart, request, calls } = await setup('linux');
    await expect(autostart.install({ ...request, system: true })).rejects.toMatchObject({
      detail: { code: 'ship2.systemNeedsRoot' },
    });
    expect(calls).toEqual([]);
  });

  it('enabled but not active: says so and where its log is', async () => {
    const { autostart, request } = await setup('linux', {
      'systemctl --user is-active': { code: 3, stdout: 'failed\n', stderr: '' },
    });
    const result = await autostart.install(request);
    expect(result.running).toBe(false);
    expect(result.notes).toContainEqual({
      code: 'ship2.notRunningYet',
      params: { state: 'failed', logs: 'journalctl --user -u claw-control.service' },
    });
  });

  it('a unit left where the bus is gone: status says not running and why; uninstall removes it and its link, twice over', async () => {
    const { autostart, request, home } = await setup('linux', { 'systemctl --user is-active': ACTIVE });
    const installed = await autostart.install(request);
    const link = path.join(path.dirname(installed.file), 'default.target.wants', 'claw-control.service');
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(installed.file, link);
    // Later, from a shell without the user's systemd (su, a container, an SSH login without lingering).
    const noBus = recorder({ systemctl: NO_BUS });
    const autostartNoBus = createAutostart({
      platform: 'linux',
      home,
      env: {},
      stateDir: path.join(home, 'state'),
      run: noBus.run,
      uid: 501,
      user: 'ada',
    });
    const status = await autostartNoBus.status();
    expect(status).toMatchObject({
      installed: true,
      running: false,
      reason: { code: 'ship2.becauseNoManager', params: { detail: 'Failed to connect to bus: No medium found' } },
    });
    const removed = await autostartNoBus.uninstall();
    expect(removed).toMatchObject({ removed: true, left: false, steps: [] });
    expect(removed.notes).toEqual([{ code: 'ship2.removedNothingRan', params: { file: installed.file } }]);
    await expect(lstat(link)).rejects.toThrow(/ENOENT/);
    await expect(stat(installed.file)).rejects.toThrow(/ENOENT/);
    expect(await autostartNoBus.uninstall()).toMatchObject({ removed: false, left: false, notes: [] });
  });

  it('uninstall: a unit systemd never loaded is already off; one still active afterwards is left (the one failure)', async () => {
    const quiet = await setup('linux', {
      'systemctl --user disable': { code: 1, stdout: '', stderr: 'Unit claw-control.service not loaded.\n' },
    });
    await quiet.autostart.install(quiet.request);
    expect(await quiet.autostart.uninstall()).toMatchObject({ removed: true, left: false });
    const stuck = await setup('linux', {
      'systemctl --user disable': { code: 1, stdout: '', stderr: 'Access denied\n' },
      'systemctl --user is-active': ACTIVE,
    });
    await stuck.autostart.install(stuck.request);
    const result = await stuck.autostart.uninstall();
    expect(result).toMatchObject({ removed: true, left: true });
    expect(result.notes).toEqual([
      { code: 'ship2.stillRunning', params: { file: stuck.autostart.unitFile, detail: 'Access denied' } },
    ]);
  });

  it('status reads the URL back from the unit; uninstall disables and removes it', async () => {
    const { calls, autostart, request } = await setup('linux', {
      'systemctl --user is-active': { code: 0, stdout: 'active\n', stderr: '' },
      'systemctl --user is-enabled': { code: 0, stdout: 'enabled\n', stderr: '' },
    });
    expect((await autostart.status()).installed).toBe(false);
    const installed = await autostart.install({ ...request, port: 7555 });
    const status = await autostart.status();
    expect(status).toMatchObject({ installed: true, state: 'active, enabled', running: true, url: installed.url });
    calls.length = 0;
    const removed = await autostart.uninstall();
    expect(removed.removed).toBe(true);
    expect(calls).toEqual([
      'systemctl --user show-environment',
      'systemctl --user disable --now claw-control.service',
      'systemctl --user daemon-reload',
      'systemctl --user is-active claw-control.service',
    ]);
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
