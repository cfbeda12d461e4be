/**
 * `claw-control check-upgrade`: will this config load in release X, from X's schema — a schema file
 * (the derived 2026.9.7 fixture, test/fixtures/openclaw-schema/; the shipped 2026.9.6 schema) or X's
 * own `openclaw` (the real 2026.9.6 through the shim). A config with the renamed keys will not load
 * and says which keys moved; after the one-edit migration it loads, in our check and in the real OpenClaw.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import JSON5 from 'json5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConfigObject } from '@shared/config/config-access';
import { applyOperations } from '@shared/config/operations';
import { rewriteJson5 } from '@shared/json5/lossless-edit';
import { bundledSchemaFile, loadBundledSchema } from '@node/services/openclaw/schema-source';
import { cli } from '../helpers/cli';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { shimEnv } from '../helpers/openclaw';

const DERIVED = path.resolve(__dirname, '../fixtures/openclaw-schema/openclaw-2026.9.7-derived.schema.json');

/** Written for a release before the renames: memorySearch under agents.defaults, root media, api "openai". */
const OLD = `{
  // written for an older OpenClaw
  agents: { defaults: { memorySearch: { enabled: true }, model: { primary: "lm/m" } } },
  media: { ttlHours: 12 },
  models: { providers: { lm: { baseUrl: "http://127.0.0.1:1234/v1", timeoutSeconds: 600, api: "openai", models: [{ id: "m", name: "M" }] } } },
}
`;

interface Report {
  version: string;
  loads: boolean;
  issues: { path: string; message: string }[];
  renamed: { path: string; to: string }[];
}

describeWithOpenClaw('check-upgrade: will this config load in release X', () => {
  let dir: string;
  let file: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'check-upgrade-'));
    file = path.join(dir, 'openclaw.json');
    writeFileSync(file, OLD);
    env = { HOME: dir, CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'), PATH: '/nonexistent' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (args: string[], extra: Record<string, string> = {}) => {
    const result = await cli(['--config', file, 'check-upgrade', ...args], { ...env, ...extra });
    return { ...result, report: args.includes('--json') ? (JSON.parse(result.stdout) as Report) : null };
  };

  it('the derived fixture is the 2026.9.6 schema, cut: every section it keeps is 2026.9.6’s own', async () => {
    const derived = JSON.parse(readFileSync(DERIVED, 'utf8')) as {
      properties: Record<string, Record<string, unknown>>;
    };
    const real = (await loadBundledSchema()).schema as { properties: Record<string, Record<string, unknown>> };
    expect(Object.keys(derived.properties).sort()).toEqual(['agents', 'attachments', 'logging', 'memory', 'models']);
    for (const key of ['attachments', 'logging', 'memory', 'models'] as const)
      expect(derived.properties[key]).toEqual(real.properties[key]);
    expect(derived.properties.agents).toEqual(real.properties.agents);
  });

  it('the old config will not load in 2026.9.7 (derived schema): each renamed key named, exit 1; after the one edit it loads', async () => {
    const before = await run(['--schema', DERIVED, '--json']);
    expect(before.code).toBe(1);
    expect(before.report).toMatchObject({ version: '2026.9.7', loads: false });
    expect(before.report!.renamed.map((k) => [k.path, k.to])).toEqual([
      ['agents.defaults.memorySearch', 'memory.search'],
      ['media', 'attachments'],
      ['models.providers.lm.api', 'models.providers.lm.api'],
    ]);
    expect(before.report!.issues.map((i) => i.path).sort()).toEqual([
      '<root>',
      'agents.defaults',
      'models.providers.lm.api',
    ]);

    const config = JSON5.parse<ConfigObject>(OLD);
    const { config: migrated } = applyOperations(config, [{ op: 'migrateRenamedKeys', release: '2026.9.6' }]);
    const moved = path.join(dir, 'moved', 'openclaw.json');
    mkdirSync(path.dirname(moved), { recursive: true });
    writeFileSync(moved, rewriteJson5(OLD, config, migrated));
    const after = await cli(['--config', moved, 'check-upgrade', '--schema', DERIVED], env);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('This config loads in OpenClaw 2026.9.7');
    expect(readFileSync(moved, 'utf8')).toContain('// written for an older OpenClaw');
  }, 120_000);

  it('zh-CN: the verdict and each renamed key in Chinese', async () => {
    const { code, stdout, stderr } = await run(['--schema', DERIVED], { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toContain('agents.defaults.memorySearch: agents.defaults.memorySearch 已移到 memory.search');
    expect(stdout).toContain('顶层的 media 已移到 attachments');
    expect(stdout).toContain('api "openai" 已改名为 "openai-completions"');
    expect(stderr).toContain('这个配置无法在 OpenClaw 2026.9.7 中加载：有 3 个问题');
    expect(stdout + stderr).not.toMatch(/will not load|moved to|\[object Object\]/);
  });

  it('the shipped 2026.9.6 schema (.json.gz, --release) and the real 2026.9.6 openclaw give the same verdict', async () => {
    const gz = await run(['--schema', bundledSchemaFile(), '--release', '2026.9.6', '--json']);
    expect(gz.report).toMatchObject({ version: '2026.9.6', loads: false });
    const { PATH: _path, ...home } = env;
    const real = await cli(
      ['--config', file, 'check-upgrade', '--openclaw-bin', shimEnv().OPENCLAW_BIN!, '--json'],
      shimEnv(home) as Record<string, string>,
    );
    const report = JSON.parse(real.stdout) as Report;
    expect(report).toMatchObject({ version: '2026.9.6', loads: false });
    expect(report.renamed).toEqual(gz.report!.renamed);
  }, 180_000);

  it('a schema file that does not name its release, without --release: said, nothing guessed', async () => {
    const bare = path.join(dir, 'bare.schema.json');
    const { 'x-openclaw-version': _version, ...rest } = JSON.parse(readFileSync(DERIVED, 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(bare, JSON.stringify(rest));
    const result = await run(['--schema', bare]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('does not say which OpenClaw release it is from; name it with --release');
  });

  it('a .gz schema that unpacks past the size limit is refused, not unpacked into memory', async () => {
    const bomb = path.join(dir, 'bomb.schema.json.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20)));
    const result = await run(['--schema', bomb, '--release', '2026.9.7']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bomb\.schema\.json\.gz/);
    expect(result.stderr).toMatch(/buffer|larger|length/i);
  });
});
