/**
 * `claw-control service`: installs, removes and reports the unit that runs the headless
 * panel at boot — a systemd user unit on Linux, a LaunchAgent on macOS — with a stable
 * token file. System tools (systemctl, loginctl, launchctl) go through an injected runner
 * with a deadline, so tests read the files and the commands without running them.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';
import { problem, type Problem } from '@shared/api/problem';
import { defaultTokenFile, ensureTokenFile } from './token-file';
import { LAUNCH_AGENT_LABEL, SYSTEMD_UNIT_NAME, launchAgentPlist, systemdUnit, type ServeCommand } from './unit-files';

export interface RunResult {
  /** Exit code; null when the tool is missing, timed out or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  missing?: boolean;
}
export type CommandRunner = (file: string, args: string[]) => Promise<RunResult>;

/** Runs a system tool with a deadline; a missing tool answers `missing: true` instead of throwing. */
export function processRunner(timeoutMs = 15_000): CommandRunner {
  return (file, args) =>
    new Promise((resolve) => {
      execFile(file, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: string | number; killed?: boolean }) | null;
        if (!err) return resolve({ code: 0, stdout, stderr });
        if (err.code === 'ENOENT') return resolve({ code: null, stdout: '', stderr: err.message, missing: true });
        resolve({
          code: typeof err.code === 'number' ? err.code : null,
          stdout,
          stderr: err.killed ? `${stderr}\n(no answer within ${timeoutMs / 1000} s)`.trim() : stderr || err.message,
        });
      });
    });
}

/** A failure the CLI shows as a translated message. */
export class AutostartError extends Error {
  constructor(readonly detail: Message) {
    super(detail.code);
    this.name = 'AutostartError';
  }

  /** What `problemOf` reads. */
  get problem(): Problem {
    return problem('FAILED', this.detail);
  }
}

export interface AutostartOptions {
  platform: NodeJS.Platform;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Claw Control's state folder (the default token file lives there). */
  stateDir: string;
  run: CommandRunner;
  uid: number;
  user: string;
}

export interface InstallRequest {
  node: string;
  cli: string;
  host: string;
  port: number;
  allowRemote: boolean;
  tokenFile?: string;
  configFile?: string;
}

/** One system command run on the user's behalf, and how it went. */
export interface Step {
  command: string;
  ok: boolean;
  detail: string;
}

export interface InstallResult {
  kind: 'systemd' | 'launchd';
  file: string;
  tokenFile: string;
  url: string;
  port: number;
  steps: Step[];
  /** True when every enabling step succeeded. */
  enabled: boolean;
  notes: Message[];
}

export interface StatusResult {
  kind: 'systemd' | 'launchd';
  file: string;
  installed: boolean;
  /** What the system tool says (`active`, `enabled`, `running`…), or null when it could not be asked. */
  state: string | null;
  url: string | null;
  notes: Message[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
export const isLoopbackHost = (host: string) => LOOPBACK.has(host);

/** Variables the panel reads, carried into the unit so it sees what this shell sees. */
const CARRIED_ENV = [
  'PATH',
  'LANG',
  'OPENCLAW_HOME',
  'OPENCLAW_CONFIG_PATH',
  'OPENCLAW_STATE_DIR',
  'CLAW_CONTROL_STATE_DIR',
];

export function panelUrl(host: string, port: number, token: string): string {
  const bare = host.replace(/^\[|\]$/g, '');
  const shown = ['0.0.0.0', '::'].includes(bare) ? '127.0.0.1' : bare.includes(':') ? `[${bare}]` : bare;
  return `http://${shown}:${port}/?token=${token}`;
}

const failed = (steps: Step[]) => ({ command: steps.at(-1)!.command, detail: steps.at(-1)!.detail });

/** The quoted words of a unit file, unescaped (the inverse of systemdQuote). */
function systemdWords(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    m[1]!.replace(/\\(.)/g, '$1').replace(/\$\$/g, '$').replace(/%%/g, '%'),
  );
}

function plistStrings(text: string): string[] {
  return [...text.matchAll(/<string>([^<]*)<\/string>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

/** Writes a file through a verified temporary copy, then renames it over the old one. */
async function replaceFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, { mode: 0o644 });
  if ((await readFile(temp, 'utf8')) !== text) {
    await rm(temp, { force: true });
    throw new AutostartError(msg('ship.unitWriteFailed', { file }));
  }
  await rename(temp, file);
}

export function createAutostart(options: AutostartOptions) {
  const { platform, home, env, run } = options;
  const kind = platform === 'linux' ? 'systemd' : platform === 'darwin' ? 'launchd' : null;
  const unitFile =
    platform === 'darwin'
      ? path.join(home, 'Library', 'LaunchAgents', `${LAUNCH_AGENT_LABEL}.plist`)
      : path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'systemd', 'user', SYSTEMD_UNIT_NAME);
  const logFile = path.join(home, 'Library', 'Logs', 'Claw Control', 'serve.log');
  const domain = `gui/${options.uid}`;

  const supported = () => {
    if (!kind) throw new AutostartError(msg('ship.serviceUnsupported', { platform }));
    return kind;
  };

  async function step(steps: Step[], file: string, args: string[]): Promise<RunResult> {
    const result = await run(file, args);
    steps.push({
      command: [file, ...args].join(' '),
      ok: result.code === 0,
      detail: result.missing ? 'not found' : (result.stderr || result.stdout).trim(),
    });
    return result;
  }

  async function install(request: InstallRequest): Promise<InstallResult> {
    const which = supported();
    if (!isLoopbackHost(request.host) && !request.allowRemote)
      throw new AutostartError(msg('ship.remoteRefused', { host: request.host }));
    const tokenFile = request.tokenFile ?? defaultTokenFile(options.stateDir);
    const token = await ensureTokenFile(tokenFile, platform);
    const carried = Object.fromEntries(CARRIED_ENV.filter((key) => env[key]).map((key) => [key, env[key]!] as const));
    const command: ServeCommand = { ...request, tokenFile, env: carried };
    const notes: Message[] = [];
    if (/[\\/]_npx[\\/]/.test(request.cli)) notes.push(msg('ship.npxPath', { cli: request.cli }));
    const steps: Step[] = [];
    let enabled = true;
    if (which === 'systemd') {
      await replaceFile(unitFile, systemdUnit(command));
      for (const args of [
        ['--user', 'daemon-reload'],
        ['--user', 'enable', SYSTEMD_UNIT_NAME],
        ['--user', 'restart', SYSTEMD_UNIT_NAME],
      ]) {
        const result = await step(steps, 'systemctl', args);
        if (result.code !== 0) {
          enabled = false;
          notes.push(result.missing ? msg('ship.systemctlMissing') : msg('ship.stepFailed', { ...failed(steps) }));
          break;
        }
      }
      const linger = await run('loginctl', ['show-user', options.user, '--property=Linger']);
      if (!/Linger=yes/.test(linger.stdout)) notes.push(msg('ship.lingerHint', { user: options.user }));
    } else {
      await mkdir(path.dirname(logFile), { recursive: true });
      await replaceFile(unitFile, launchAgentPlist(command, logFile));
      // Unload an older copy first; "not loaded" is the expected answer on a first install.
      await run('launchctl', ['bootout', `${domain}/${LAUNCH_AGENT_LABEL}`]);
      const result = await step(steps, 'launchctl', ['bootstrap', domain, unitFile]);
      if (result.code !== 0) {
        enabled = false;
        notes.push(result.missing ? msg('ship.launchctlMissing') : msg('ship.stepFailed', { ...failed(steps) }));
      }
      notes.push(msg('ship.launchdLog', { file: logFile }));
    }
    return {
      kind: which,
      file: unitFile,
      tokenFile,
      url: panelUrl(request.host, request.port, token),
      port: request.port,
      steps,
      enabled,
      notes,
    };
  }

  async function uninstall(): Promise<{ file: string; removed: boolean; steps: Step[] }> {
    const which = supported();
    const steps: Step[] = [];
    const existed = await readFile(unitFile, 'utf8').then(
      () => true,
      () => false, // no unit file: nothing to remove, said in the result
    );
    if (which === 'systemd') {
      if (existed) await step(steps, 'systemctl', ['--user', 'disable', '--now', SYSTEMD_UNIT_NAME]);
      await rm(unitFile, { force: true });
      if (existed) await step(steps, 'systemctl', ['--user', 'daemon-reload']);
    } else {
      if (existed) await step(steps, 'launchctl', ['bootout', `${domain}/${LAUNCH_AGENT_LABEL}`]);
      await rm(unitFile, { force: true });
    }
    return { file: unitFile, removed: existed, steps };
  }

  async function status(): Promise<StatusResult> {
    const which = supported();
    const text = await readFile(unitFile, 'utf8').then(
      (t) => t,
      () => null, // not installed: reported as installed: false
    );
    const notes: Message[] = [];
    let state: string | null = null;
    let url: string | null = null;
    if (text !== null) {
      if (which === 'systemd') {
        const [active, enabledState] = await Promise.all([
          run('systemctl', ['--user', 'is-active', SYSTEMD_UNIT_NAME]),
          run('systemctl', ['--user', 'is-enabled', SYSTEMD_UNIT_NAME]),
        ]);
        if (active.missing) notes.push(msg('ship.systemctlMissing'));
        else state = `${active.stdout.trim() || 'unknown'}, ${enabledState.stdout.trim() || 'unknown'}`;
      } else {
        const printed = await run('launchctl', ['print', `${domain}/${LAUNCH_AGENT_LABEL}`]);
        if (printed.missing) notes.push(msg('ship.launchctlMissing'));
        else state = printed.code === 0 ? (/state = (\w+)/.exec(printed.stdout)?.[1] ?? 'loaded') : 'not loaded';
      }
      const words = which === 'systemd' ? systemdWords(text) : plistStrings(text);
      const arg = (flag: string) => {
        const i = words.indexOf(flag);
        return i >= 0 ? words[i + 1] : undefined;
      };
      const host = arg('--host');
      const port = Number(arg('--port'));
      const tokenFile = arg('--token-file');
      if (host && port && tokenFile) {
        const token = await readFile(tokenFile, 'utf8').then(
          (t) => t.trim(),
          () => null, // a missing token file is a note, not a crash
        );
        if (token) url = panelUrl(host, port, token);
        else notes.push(msg('ship.tokenFileMissing', { file: tokenFile }));
      }
    }
    return { kind: which, file: unitFile, installed: text !== null, state, url, notes };
  }

  return { install, uninstall, status, unitFile };
}

export type Autostart = ReturnType<typeof createAutostart>;
