/**
 * The OpenClaw service against the real, pinned OpenClaw (through test/helpers/openclaw-shim, which
 * runs it in a throw-away home): its version, its own schema (cached per version), and the
 * fallback to the shipped schema when OpenClaw is absent or broken.
 */
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PINNED_OPENCLAW_VERSION } from '@shared/config/openclaw-release';
import { OPENCLAW_SHIM, shimEnv } from '@test/helpers/openclaw';
import { describeWithOpenClaw } from '@test/helpers/describe-openclaw';
import { tempDir } from '@test/helpers/temp-dir';
import { createSettingsStore } from '../settings';
import { locateOpenClaw, parseOpenClawVersion } from './locate';
import { createOpenClawService } from './openclaw-service';

async function service(env: Record<string, string | undefined>, flag?: string) {
  const stateDir = path.join(await tempDir(), 'state');
  return { stateDir, oc: createOpenClawService({ env, stateDir, settings: createSettingsStore(stateDir), flag }) };
}

describe('locating openclaw', () => {
  it('prefers the flag, then the setting, then OPENCLAW_BIN, then PATH, then npm’s prefix', async () => {
    const dir = await tempDir();
    const onPath = path.join(dir, 'path-bin');
    const npmPrefix = path.join(dir, 'npm');
    for (const bin of [onPath, path.join(npmPrefix, 'bin')]) {
      await mkdir(bin, { recursive: true });
      await writeFile(path.join(bin, 'openclaw'), '#!/bin/sh\n');
      await chmod(path.join(bin, 'openclaw'), 0o755);
    }
    const env = { PATH: onPath, OPENCLAW_BIN: '/x/env-openclaw' };
    expect(locateOpenClaw({ env, flag: '/x/flag', setting: '/x/set' })).toEqual({ path: '/x/flag', source: 'flag' });
    expect(locateOpenClaw({ env, setting: '/x/set' })).toEqual({ path: '/x/set', source: 'setting' });
    expect(locateOpenClaw({ env })).toEqual({ path: '/x/env-openclaw', source: 'env' });
    expect(locateOpenClaw({ env: { PATH: onPath } })).toEqual({ path: path.join(onPath, 'openclaw'), source: 'path' });
    expect(locateOpenClaw({ env: { PATH: '', npm_config_prefix: npmPrefix } })).toEqual({
      path: path.join(npmPrefix, 'bin', 'openclaw'),
      source: 'npm-prefix',
    });
  });

  it('reads the version from what `openclaw --version` prints (recorded from 2026.9.6)', () => {
    expect(parseOpenClawVersion('OpenClaw 2026.9.6 (eb377ac)\n')).toBe('2026.9.6');
    expect(parseOpenClawVersion('no version here')).toBeNull();
  });
});

describe('without OpenClaw', () => {
  it('says so and checks with the schema of the pinned release shipped with the app', async () => {
    const { oc } = await service({ PATH: '', HOME: '/nonexistent' });
    const info = await oc.info();
    expect(info).toMatchObject({ path: null, version: null, problem: { code: 'openclaw.notFound' } });
    expect(info.schema).toMatchObject({ source: 'bundled', version: PINNED_OPENCLAW_VERSION });
    const help = await oc.help();
    expect(help.tree.props?.models?.props?.providers?.any?.props?.baseUrl?.title).toBe('Model Provider Base URL');
    expect(help.apis).toContain('openai-completions');
  });

  it('falls back to the shipped schema, with the reason, when the set binary does not run', async () => {
    const dir = await tempDir();
    const broken = path.join(dir, 'openclaw');
    await writeFile(broken, '#!/bin/sh\necho "boom" >&2\nexit 3\n');
    await chmod(broken, 0o755);
    const { oc } = await service({ PATH: '' }, broken);
    const info = await oc.info();
    expect(info).toMatchObject({
      path: broken,
      source: 'flag',
      version: null,
      problem: { code: 'openclaw.versionFailed' },
    });
    expect(info.schema.source).toBe('bundled');
  });
});

describeWithOpenClaw('with the real OpenClaw installed', () => {
  it('reads its version and its own schema, cached per version', async () => {
    const env = shimEnv({ PATH: '/usr/bin:/bin' });
    const { oc, stateDir } = await service(env);
    const info = await oc.info();
    expect(info).toMatchObject({ path: OPENCLAW_SHIM, source: 'env', version: PINNED_OPENCLAW_VERSION, problem: null });
    expect(info.schema).toMatchObject({ source: 'installed', version: PINNED_OPENCLAW_VERSION, note: null });
    expect(await readdir(path.join(stateDir, 'openclaw-schema'))).toEqual([
      `openclaw-${PINNED_OPENCLAW_VERSION}.schema.json.gz`,
    ]);
    // A second service reads the cache instead of running OpenClaw again.
    const again = createOpenClawService({ env, stateDir, settings: createSettingsStore(stateDir) });
    expect((await again.info()).schema.source).toBe('cache');
    const validator = await again.validator();
    expect(validator.validate({ models: { providers: { lmstudio: { timeoutSeconds: 1.5 } } } })).toEqual([
      {
        path: 'models.providers.lmstudio.timeoutSeconds',
        message: 'must be integer',
        detail: { code: 'schemaIssue.type', params: { type: { code: 'schemaIssue.types.integer' } } },
      },
    ]);
  }, 180_000);

  it('follows the binary the user points it at, and forgets it on `auto`', async () => {
    const { oc } = await service(shimEnv({ PATH: '/usr/bin:/bin', OPENCLAW_BIN: '' }));
    expect((await oc.info()).path).toBeNull();
    expect(await oc.setPath(OPENCLAW_SHIM)).toMatchObject({
      path: OPENCLAW_SHIM,
      source: 'setting',
      configuredPath: OPENCLAW_SHIM,
    });
    expect(await oc.setPath(null)).toMatchObject({ path: null, configuredPath: null });
  }, 180_000);
});

describe('the pinned release', () => {
  it('is the same in the install script, the shared facts and the shipped schema', async () => {
    const script = await import('node:fs/promises').then((fs) =>
      fs.readFile(path.resolve(__dirname, '../../../scripts/install-openclaw.mjs'), 'utf8'),
    );
    expect(script).toContain(`PINNED_OPENCLAW_VERSION = '${PINNED_OPENCLAW_VERSION}'`);
    expect(await readdir(path.resolve(__dirname, '../../../resources/openclaw-schema'))).toEqual([
      `openclaw-${PINNED_OPENCLAW_VERSION}.schema.json.gz`,
    ]);
  });
});
