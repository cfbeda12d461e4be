/**
 * The text of the files that start `claw-control serve` at boot: a systemd user or system unit
 * (Linux; quoting per systemd.service(5) "Command lines" and systemd.exec(5) "Environment=")
 * and a launchd LaunchAgent property list (macOS; keys per launchd.plist(5)).
 */

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

/** One word of a systemd command line: double-quoted, with \, ", $ and % escaped. */
export function systemdQuote(word: string): string {
  return `"${word.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '$$$$').replace(/%/g, '%%')}"`;
}

/**
 * A user unit (started by the user's own systemd, at boot with lingering) or, with `runAs`, a
 * system unit in /etc/systemd/system that runs the panel as that user (`User=`).
 */
export function systemdUnit(command: ServeCommand, runAs?: string): string {
  const env = Object.entries(command.env).map(([key, value]) => `Environment=${systemdQuote(`${key}=${value}`)}`);
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

/** The quoted words of a unit file, unescaped (the inverse of systemdQuote). */
export function systemdWords(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
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
