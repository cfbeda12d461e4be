import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { extractGlobalOptions } from './global-options';

describe('claw-control CLI', () => {
  it('lists its commands in --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: claw-control/);
    expect(stdout).toMatch(/--config <path>/);
    for (const command of ['serve', 'info']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('prints help with no arguments and the version with --version', async () => {
    expect((await cli([])).stdout).toMatch(/Commands:/);
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('fails with exit 2 and a message on stderr for an unknown command or option', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    const badOption = await cli(['info', '--nope']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/unknown option '--nope'/);
    const missing = await cli(['info', '--config']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config needs a file path/);
  });

  it('accepts --config before or after the command', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, '{ agents: { defaults: { model: { primary: "lmstudio/m", fallbacks: ["a/b"] } } } }');
    for (const argv of [
      ['--config', file, 'info', '--json'],
      ['info', '--json', `--config=${file}`],
    ]) {
      const { code, stdout } = await cli(argv, { HOME: dir });
      expect(code).toBe(0);
      const parsed = JSON.parse(stdout) as { config: { path: string; source: string; summary: { primary: string } } };
      expect(parsed.config).toMatchObject({ path: file, source: 'flag', summary: { primary: 'lmstudio/m' } });
    }
  });

  it('shows a malformed config with its line and column', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, '{\n  agents: [\n}');
    const { code, stdout } = await cli(['info', '--config', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Does not parse at line 3, column 1/);
  });

  it('refuses to serve when the panel is not built', async () => {
    const dir = await tempDir();
    const { code, stderr } = await cli(['serve', '--renderer-dir', dir, '--port', '0'], { HOME: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/The panel is not built .* Run: npm run build/);
  });

  it('rejects an invalid port', async () => {
    const { code, stderr } = await cli(['serve', '--port', '70000']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/must be a whole number from 0 to 65535/);
  });
});

describe('extractGlobalOptions', () => {
  it('pulls --config out wherever it stands, and leaves what follows -- alone', () => {
    expect(extractGlobalOptions(['a', '--config', 'x', 'b'])).toEqual({ config: 'x', rest: ['a', 'b'] });
    expect(extractGlobalOptions(['--config=y', 'a'])).toEqual({ config: 'y', rest: ['a'] });
    expect(extractGlobalOptions(['a', '--', '--config', 'z'])).toEqual({
      config: undefined,
      rest: ['a', '--', '--config', 'z'],
    });
    expect(() => extractGlobalOptions(['a', '--config'])).toThrow('cliUsage.needsValue.config');
    expect(() => extractGlobalOptions(['--config', '--json'])).toThrow('cliUsage.needsValue.config');
  });
});
