/**
 * `claw-control service`: installs, removes and reports the unit that runs the headless
 * panel at boot — a systemd user unit (or, as root, a system unit) on Linux, a LaunchAgent on
 * macOS — with a stable token file. It asks whether systemd answers before writing anything.
 * System tools (systemctl, loginctl, launchctl) go through an injected runner with a
 * deadline, so tests read the files and the commands without running them.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';
import { problem, type Problem } from '@shared/api/problem';
import { defaultTokenFile, ensureTokenFile } from './token-file';
import {
  LAUNCH_AGENT_LABEL,
  SYSTEMD_UNIT_NAME,
  SYSTEM_UNIT_DIR,
  launchAgentPlist,
  plistStrings,
  systemdUnit,
  systemdWords,
  type ServeCommand,
} from './unit-files';
import type { CommandRunner, RunResult } from './command-runner';
import { journalCommand, noManagerHelp, reachSystemd, scopeArgs, type SystemdScope } from './systemd-reach';

export { processRunner, type CommandRunner, type RunResult } from './command-runner';

/** A failure the CLI shows as a translated message, with the steps that get past it. */
export class AutostartError extends Error {
  constructor(
    readonly detail: Message,
    readonly help: Message[] = [],
  ) {
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
  /** Where system units go (tests point it elsewhere). */
  systemUnitDir?: string;
}

export interface InstallRequest {
  node: string;
  cli: string;
  host: string;
  port: number;
  allowRemote: boolean;
  tokenFile?: string;
  configFile?: string;
  /** A system unit (/etc/systemd/system, `User=`) instead of a user unit; root only. */
  system?: boolean;
}

/** One system command run on the user's behalf, and how it went. */
export interface Step {
  command: string;
  ok: boolean;
  detail: string;
}

export interface InstallResult {
  kind: 'systemd' | 'launchd';
  scope: SystemdScope | null;
  file: string;
  tokenFile: string;
  url: string;
  port: number;
  steps: Step[];
  /** True when every enabling step succeeded. */
  enabled: boolean;
  /** Whether it runs now (systemd); null where that was not asked. */
  running: boolean | null;
  notes: Message[];
}

export interface StatusResult {
  kind: 'systemd' | 'launchd';
  file: string;
  installed: boolean;
  /** What the system tool says (`active`, `enabled`, `running`…), or null when it could not be asked. */
  state: string | null;
  /** Whether the panel runs now; when not, `reason` says why. */
  running: boolean;
  reason: Message | null;
  url: string | null;
  notes: Message[];
}

export interface UninstallResult {
  file: string;
  removed: boolean;
  steps: Step[];
  /** True when the unit is still there or still running: the one case uninstall fails. */
  left: boolean;
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
  const userUnitDir = path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'systemd', 'user');
  const unitFiles: Record<SystemdScope, string> = {
    user: path.join(userUnitDir, SYSTEMD_UNIT_NAME),
    system: path.join(options.systemUnitDir ?? SYSTEM_UNIT_DIR, SYSTEMD_UNIT_NAME),
  };
  /** The link `systemctl enable` makes, removed by hand when no manager can be asked to. */
  const wantsLink = (scope: SystemdScope) =>
    path.join(
      path.dirname(unitFiles[scope]),
      scope === 'user' ? 'default.target.wants' : 'multi-user.target.wants',
      SYSTEMD_UNIT_NAME,
    );
  const unitFile =
    platform === 'darwin' ? path.join(home, 'Library', 'LaunchAgents', `${LAUNCH_AGENT_LABEL}.plist`) : unitFiles.user;
  const exists = (file: string) =>
    readFile(file, 'utf8').then(
      () => true,
      () => false, // no such file: reported as not installed
    );
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
    const scope: SystemdScope | null = which === 'systemd' ? (request.system ? 'system' : 'user') : null;
    if (request.system && !scope) throw new AutostartError(msg('ship2.systemUnsupported', { platform }));
    if (scope === 'system' && options.uid !== 0) throw new AutostartError(msg('ship2.systemNeedsRoot'));
    if (scope) {
      // Before writing anything: a unit that no systemd picks up would only say "installed" and never run.
      const reach = await reachSystemd(run, scope);
      if (!reach.ok) {
        const systemOk = scope === 'user' && !reach.missing && (await reachSystemd(run, 'system')).ok;
        const serveCommand = ['claw-control serve', `--host ${request.host}`, `--port ${request.port}`]
          .concat(request.tokenFile ? [`--token-file ${request.tokenFile}`] : [])
          .join(' ');
        const help = noManagerHelp({ scope, reach, systemOk, user: options.user, uid: options.uid, serveCommand });
        throw new AutostartError(help.reason, help.steps);
      }
    }
    const token = await ensureTokenFile(tokenFile, platform);
    const carried = Object.fromEntries(CARRIED_ENV.filter((key) => env[key]).map((key) => [key, env[key]!] as const));
    const command: ServeCommand = { ...request, tokenFile, env: carried };
    const notes: Message[] = [];
    if (/[\\/]_npx[\\/]/.test(request.cli)) notes.push(msg('ship.npxPath', { cli: request.cli }));
    const steps: Step[] = [];
    let enabled = true;
    let running: boolean | null = null;
    const file = scope ? unitFiles[scope] : unitFile;
    if (scope) {
      await replaceFile(file, systemdUnit(command, scope === 'system' ? options.user : undefined));
      const args = scopeArgs(scope);
      for (const verb of [['daemon-reload'], ['enable', SYSTEMD_UNIT_NAME], ['restart', SYSTEMD_UNIT_NAME]]) {
        const result = await step(steps, 'systemctl', [...args, ...verb]);
        if (result.code !== 0) {
          enabled = false;
          notes.push(result.missing ? msg('ship.systemctlMissing') : msg('ship.stepFailed', { ...failed(steps) }));
          break;
        }
      }
      if (enabled) {
        const state = (await run('systemctl', [...args, 'is-active', SYSTEMD_UNIT_NAME])).stdout.trim() || 'unknown';
        running = state === 'active';
        if (!running) notes.push(msg('ship2.notRunningYet', { state, logs: journalCommand(scope, SYSTEMD_UNIT_NAME) }));
      }
      if (scope === 'user') {
        const linger = await run('loginctl', ['show-user', options.user, '--property=Linger']);
        if (!/Linger=yes/.test(linger.stdout)) notes.push(msg('ship.lingerHint', { user: options.user }));
      }
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
      scope,
      file,
      tokenFile,
      url: panelUrl(request.host, request.port, token),
      port: request.port,
      steps,
      enabled,
      running,
      notes,
    };
  }

  /** Removes a file; a failure (a system unit without root) is a step that failed, not a crash. */
  async function remove(steps: Step[], file: string): Promise<boolean> {
    try {
      await rm(file, { force: true });
      return true;
    } catch (error) {
      steps.push({ command: `rm ${file}`, ok: false, detail: (error as Error).message });
      return false;
    }
  }

  async function uninstallSystemd(scope: SystemdScope, result: UninstallResult): Promise<void> {
    const file = unitFiles[scope];
    const { steps, notes } = result;
    const existed = await exists(file);
    const reach = await reachSystemd(run, scope);
    if (!reach.ok) {
      // No manager answers, so none runs the unit: removing the files is all there is to do.
      const gone = (await remove(steps, file)) && (await remove(steps, wantsLink(scope)));
      if (existed) notes.push(msg('ship2.removedNothingRan', { file }));
      result.left ||= !gone;
      result.removed ||= existed && gone;
      return;
    }
    if (!existed) return;
    const args = scopeArgs(scope);
    const disabled = await step(steps, 'systemctl', [...args, 'disable', '--now', SYSTEMD_UNIT_NAME]);
    // A unit systemd never loaded is already off.
    if (disabled.code !== 0 && /not loaded|does not exist|no such file/i.test(steps.at(-1)!.detail)) steps.pop();
    const gone = await remove(steps, file);
    await step(steps, 'systemctl', [...args, 'daemon-reload']);
    const active = (await run('systemctl', [...args, 'is-active', SYSTEMD_UNIT_NAME])).stdout.trim();
    const why = steps.find((s) => !s.ok)?.detail;
    if (active === 'active') notes.push(msg('ship2.stillRunning', { file, detail: why || active }));
    result.left ||= !gone || active === 'active';
    result.removed ||= gone;
    result.file = file;
  }

  async function uninstall(): Promise<UninstallResult> {
    const which = supported();
    const result: UninstallResult = { file: unitFile, removed: false, steps: [], left: false, notes: [] };
    if (which === 'systemd') {
      await uninstallSystemd('user', result);
      // A system unit is root's to remove; others only hear about it from status.
      if (options.uid === 0 && (await exists(unitFiles.system))) await uninstallSystemd('system', result);
    } else {
      const existed = await exists(unitFile);
      if (existed) await step(result.steps, 'launchctl', ['bootout', `${domain}/${LAUNCH_AGENT_LABEL}`]);
      result.removed = existed && (await remove(result.steps, unitFile));
      result.left = existed && !result.removed;
    }
    return result;
  }

  const readText = (file: string) =>
    readFile(file, 'utf8').then(
      (t) => t,
      () => null, // not installed: reported as installed: false
    );

  async function status(): Promise<StatusResult> {
    const which = supported();
    // The user unit, else a system unit root installed.
    const scope: SystemdScope | null =
      which === 'launchd'
        ? null
        : (await exists(unitFiles.user)) || !(await exists(unitFiles.system))
          ? 'user'
          : 'system';
    const file = scope ? unitFiles[scope] : unitFile;
    const text = await readText(file);
    const notes: Message[] = [];
    let state: string | null = null;
    let running = false;
    let reason: Message | null = null;
    let url: string | null = null;
    if (text !== null) {
      if (scope) {
        const reach = await reachSystemd(run, scope);
        if (!reach.ok) reason = msg('ship2.becauseNoManager', { detail: reach.detail });
        else {
          const args = scopeArgs(scope);
          const [active, enabledState] = await Promise.all([
            run('systemctl', [...args, 'is-active', SYSTEMD_UNIT_NAME]),
            run('systemctl', [...args, 'is-enabled', SYSTEMD_UNIT_NAME]),
          ]);
          const activeState = active.stdout.trim() || 'unknown';
          state = `${activeState}, ${enabledState.stdout.trim() || 'unknown'}`;
          running = activeState === 'active';
          if (!running)
            reason = msg('ship2.becauseState', { state: activeState, logs: journalCommand(scope, SYSTEMD_UNIT_NAME) });
        }
      } else {
        const printed = await run('launchctl', ['print', `${domain}/${LAUNCH_AGENT_LABEL}`]);
        if (printed.missing) notes.push(msg('ship.launchctlMissing'));
        else state = printed.code === 0 ? (/state = (\w+)/.exec(printed.stdout)?.[1] ?? 'loaded') : 'not loaded';
        running = state === 'running';
        if (!running) reason = msg('ship2.becauseLaunchd', { state: state ?? 'unknown' });
      }
      const words = scope ? systemdWords(text) : plistStrings(text);
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
    return { kind: which, file, installed: text !== null, state, running, reason, url, notes };
  }

  return { install, uninstall, status, unitFile };
}

export type Autostart = ReturnType<typeof createAutostart>;
