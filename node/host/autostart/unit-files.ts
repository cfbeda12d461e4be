/**
 * The text of the files that start `claw-control serve` at boot: a systemd user or system unit
 * (Linux; quoting per systemd.service(5) "Command lines" and systemd.exec(5) "Environment=")
 * and a launchd LaunchAgent property list (macOS; keys per launchd.plist(5)). A value with a
 * control character (a newline would start a new unit directive, systemd.syntax(7)) or an
 * environment name that is not a plain name is refused, never written.
 */
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';

export const SYSTEMD_UNIT_NAME = 'claw-control.service';
export const LAUNCH_AGENT_LABEL = 'dev.clawcontrol.serve';
/** Where system units live (the administrator's, not a package's). */
export const SYSTEM_UNIT_DIR = '/etc/systemd/system';

export interface ServeCommand {
  /** Absolute path of the Node binary. */
  node: string;
  /** Absolute path of the `claw-control` entry (bin/claw-control.cjs or the bundle). */
  cli: string;
  host: string;
  port: number;
  tokenFile: string;
  /** Passed as --config when the user gave one. */
  configFile?: string;
  /** Environment the panel needs (PATH to find nvidia-smi, lms, openclaw; OpenClaw's own variables). */
  env: Record<string, string>;
}

/** C0 controls and DEL: a newline ends a unit file's line whatever the quoting; XML 1.0 refuses most of them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A portable environment name (systemd.exec(5) refuses others in Environment=). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws INVALID_INPUT naming the first word or variable a unit file cannot hold safely (its value never shown). */
export function assertUnitSafe(command: ServeCommand): void {
  for (const [key, value] of Object.entries(command.env)) {
    if (!ENV_NAME.test(key))
      throw new AppError('INVALID_INPUT', msg('ship.unitEnvNameRefused', { name: JSON.stringify(key) }));
    if (CONTROL.test(value)) throw new AppError('INVALID_INPUT', msg('ship.unitValueRefused', { name: key }));
  }
  const words: [string, string][] = [
    ['node', command.node],
    ['cli', command.cli],
    ['--host', command.host],
    ['--token-file', command.tokenFile],
    ['--config', command.configFile ?? ''],
  ];
  for (const [name, value] of words)
    if (CONTROL.test(value)) throw new AppError('INVALID_INPUT', msg('ship.unitValueRefused', { name }));
}

/**
 * Whether this process runs under a service manager, whose log keeps what it prints: systemd sets
 * INVOCATION_ID and JOURNAL_STREAM (systemd.exec(5) "Environment variables in spawned processes"),
 * launchd sets XPC_SERVICE_NAME to the job's label (a Terminal shell has "0" or application.…).
 */
export function underServiceManager(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.INVOCATION_ID || env.JOURNAL_STREAM) return true;
  const xpc = env.XPC_SERVICE_NAME;
  return Boolean(xpc && xpc !== '0' && !xpc.startsWith('application.'));
}

export function serveArgs(command: ServeCommand): string[] {
  return [
    command.node,
    command.cli,
    'serve',
    '--host',
    command.host,
    '--port',
    String(command.port),
    '--token-file',
    command.tokenFile,
    ...(command.configFile ? ['--config', command.configFile] : []),
  ];
}

/** Double-quoted per systemd.syntax(7) "Quoting" (\\ and " escaped), % written %% (specifiers, systemd.unit(5) "Specifiers"). */
const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%')}"`;

/**
 * One word of an ExecStart= command line: quoted, and $ written $$ — systemd.service(5)
 * "Command lines": `${FOO}` and `$FOO` are replaced by variables, "to pass a literal dollar
 * sign, use $$".
 */
export function systemdQuote(word: string): string {
  return quoted(word.replace(/\$/g, '$$$$'));
}

/**
 * One Environment= assignment: quoted, and $ written as itself — systemd.exec(5) "Environment=":
 * "Variable expansion is not performed inside the strings and the "$" character has no special
 * meaning" (so `$$` would reach the panel as two dollars); specifiers are expanded, so % is %%.
 */
export function systemdEnvQuote(assignment: string): string {
  return quoted(assignment);
}

/**
 * A user unit (started by the user's own systemd, at boot with lingering) or, with `runAs`, a
 * system unit in /etc/systemd/system that runs the panel as that user (`User=`).
 */
export function systemdUnit(command: ServeCommand, runAs?: string): string {
  assertUnitSafe(command);
  if (runAs !== undefined && CONTROL.test(runAs))
    throw new AppError('INVALID_INPUT', msg('ship.unitValueRefused', { name: 'User' }));
  const env = Object.entries(command.env).map(([key, value]) => `Environment=${systemdEnvQuote(`${key}=${value}`)}`);
  return [
    '# Written by `claw-control service install`; remove with `claw-control service uninstall`.',
    '[Unit]',
    'Description=Claw Control panel (claw-control serve)',
    'After=network-online.target',
    'Wants=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    ...(runAs ? [`User=${runAs}`] : []),
    `ExecStart=${serveArgs(command).map(systemdQuote).join(' ')}`,
    ...env,
    'Restart=on-failure',
    'RestartSec=5',
    '',
    '[Install]',
    runAs ? 'WantedBy=multi-user.target' : 'WantedBy=default.target',
    '',
  ].join('\n');
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function launchAgentPlist(command: ServeCommand, logFile: string): string {
  assertUnitSafe(command);
  if (CONTROL.test(logFile))
    throw new AppError('INVALID_INPUT', msg('ship.unitValueRefused', { name: 'StandardOutPath' }));
  const strings = (values: string[], indent: string) => values.map((v) => `${indent}<string>${xml(v)}</string>`);
  const env = Object.entries(command.env).flatMap(([key, value]) => [
    `\t\t<key>${xml(key)}</key>`,
    `\t\t<string>${xml(value)}</string>`,
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<!-- Written by `claw-control service install`; remove with `claw-control service uninstall`. -->',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>Label</key>',
    `\t<string>${LAUNCH_AGENT_LABEL}</string>`,
    '\t<key>ProgramArguments</key>',
    '\t<array>',
    ...strings(serveArgs(command), '\t\t'),
    '\t</array>',
    '\t<key>EnvironmentVariables</key>',
    '\t<dict>',
    ...env,
    '\t</dict>',
    '\t<key>RunAtLoad</key>',
    '\t<true/>',
    '\t<key>KeepAlive</key>',
    '\t<dict>',
    '\t\t<key>SuccessfulExit</key>',
    '\t\t<false/>',
    '\t</dict>',
    '\t<key>StandardOutPath</key>',
    `\t<string>${xml(logFile)}</string>`,
    '\t<key>StandardErrorPath</key>',
    `\t<string>${xml(logFile)}</string>`,
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

/** The quoted words of a unit file's ExecStart= line, unescaped (the inverse of systemdQuote). */
export function systemdWords(text: string): string[] {
  const line = /^ExecStart=(.*)$/m.exec(text)?.[1] ?? '';
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    m[1]!.replace(/\\(.)/g, '$1').replace(/\$\$/g, '$').replace(/%%/g, '%'),
  );
}

/** The <string> values of a property list, unescaped (the inverse of xml). */
export function plistStrings(text: string): string[] {
  return [...text.matchAll(/<string>([^<]*)<\/string>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
