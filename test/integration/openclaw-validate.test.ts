/**
 * What our operations write, validated by the real OpenClaw (`openclaw config validate`,
 * the pinned release installed into a cache by scripts/install-openclaw.mjs on first run),
 * and the store saving through a user's installed `openclaw` binary.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { beforeAll, expect, it } from 'vitest';
import type { ConfigObject } from '@shared/config/config-access';
import { applyOperations, type ConfigOperation } from '@shared/config/operations';
import { PRESET_IDS, presetProvider } from '@shared/config/presets';
import { rewriteJson5 } from '@shared/json5/lossless-edit';
import { createConfigStore } from '@node/services/config/config-store';
import { validateWithOpenClaw } from '@node/services/config/openclaw-validator';
import { bundledSchemaFile, fetchInstalledSchema, loadBundledSchema } from '@node/services/openclaw/schema-source';
import { createSchemaValidator, type SchemaValidator } from '@node/services/openclaw/schema-validator';
import { describeWithOpenClaw } from '../helpers/describe-openclaw';
import { OPENCLAW_SHIM, realOpenClaw, shimEnv, validateWithRealOpenClaw } from '../helpers/openclaw';
import { tempDir } from '../helpers/temp-dir';
import { faultText } from '@test/helpers/fault-text';

const FIXTURES = path.resolve(__dirname, '../fixtures/configs');

async function writeEdited(
  fixture: string,
  operations: ConfigOperation[],
): Promise<{ file: string; config: ConfigObject; text: string }> {
  const text = await readFile(path.join(FIXTURES, fixture), 'utf8');
  const before = JSON5.parse<ConfigObject>(text);
  const { config } = applyOperations(before, operations);
  const edited = rewriteJson5(text, before, config);
  const file = path.join(await tempDir(), 'openclaw.json');
  await writeFile(file, edited);
  return { file, config, text: edited };
}

const LMSTUDIO_WITH_ROWS: ConfigOperation[] = [
  { op: 'addProvider', id: 'studio', provider: presetProvider('lmstudio', 'studio') },
  {
    op: 'addModel',
    provider: 'studio',
    model: { id: 'qwen/qwen3-coder-30b', name: 'Qwen3 Coder 30B', contextWindow: 65536, maxTokens: 8192 },
  },
  {
    op: 'addModel',
    provider: 'studio',
    model: { id: 'google/gemma-4-26b-a4b', name: 'Gemma 4', input: ['text', 'image'], contextWindow: 131072 },
  },
  { op: 'setPrimary', ref: 'studio/qwen/qwen3-coder-30b' },
  { op: 'setAlias', ref: 'studio/qwen/qwen3-coder-30b', alias: 'Coder' },
];

const CASES: [string, string, ConfigOperation[]][] = [
  ['hybrid → local-first', 'seed-hybrid.json5', [{ op: 'applyLayout', layout: 'local-first' }]],
  [
    'hybrid → local-only + every fix',
    'seed-hybrid.json5',
    [
      { op: 'applyLayout', layout: 'local-only' },
      { op: 'setModelPolicy', allow: [] },
      { op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 600 } },
    ],
  ],
  ['a new LM Studio provider with two rows as primary', 'seed-hybrid.json5', LMSTUDIO_WITH_ROWS],
  [
    'every preset added',
    'seed-custom-local.json5',
    PRESET_IDS.filter((p) => p !== 'custom').map((p) => ({
      op: 'addProvider' as const,
      id: `${p}-x`,
      provider: presetProvider(p, `${p}-x`),
    })),
  ],
  [
    'compaction turned on, a fitted contextTokens',
    'seed-recommended.json5',
    [
      { op: 'enableCompaction' },
      { op: 'updateModel', provider: 'lmstudio', id: 'minimax-m2.1-gs32', set: { contextTokens: 52224 } },
    ],
  ],
  ['rename with every reference', 'seed-hybrid.json5', [{ op: 'renameProvider', from: 'lmstudio', to: 'mac-studio' }]],
  ['remove a provider and its refs', 'seed-hybrid.json5', [{ op: 'removeProvider', id: 'lmstudio', removeRefs: true }]],
  [
    'JSON5 with comments, hex, Infinity and SecretRefs',
    'corpus/everything.json5',
    [
      { op: 'applyLayout', layout: 'local-first' },
      { op: 'moveFallback', ref: 'Sonnet', position: 2 },
    ],
  ],
  [
    'a config created from nothing',
    'seed-recommended.json5',
    [{ op: 'removeProvider', id: 'lmstudio', removeRefs: true }, ...LMSTUDIO_WITH_ROWS],
  ],
];

let validator: SchemaValidator;
const validateConfig = (config: unknown) => validator.validate(config);

describeWithOpenClaw('the real OpenClaw accepts what our operations write', () => {
  beforeAll(async () => {
    realOpenClaw();
    const bundled = await loadBundledSchema();
    validator = createSchemaValidator(bundled.schema, bundled.version);
    // The first run installs OpenClaw into its cache (about a minute); do it once, up front.
    const warm = await validateWithRealOpenClaw(path.join(FIXTURES, 'seed-hybrid.json5'));
    expect(warm.valid).toBe(true);
  }, 600_000);

  it.each(CASES)(
    '%s',
    async (_label, fixture, operations) => {
      const { file, config } = await writeEdited(fixture, operations);
      expect(validateConfig(config)).toEqual([]);
      const result = await validateWithRealOpenClaw(file);
      expect(result.issues).toEqual([]);
      expect(result.valid).toBe(true);
    },
    120_000,
  );

  it.each<[string, Record<string, unknown>, string]>([
    ['contextWindow 0', { contextWindow: 0 }, 'models.providers.lmstudio.models.0.contextWindow'],
    ['an unknown key', { foo: 1 }, 'models.providers.lmstudio.models.0'],
    ['input "vision"', { input: ['vision'] }, 'models.providers.lmstudio.models.0.input.0'],
  ])(
    'agrees with its schema that %s is invalid',
    async (_label, set, issuePath) => {
      const text = await readFile(path.join(FIXTURES, 'seed-hybrid.json5'), 'utf8');
      const before = JSON5.parse<ConfigObject>(text);
      const { config } = applyOperations(before, [
        { op: 'updateModel', provider: 'lmstudio', id: 'minimax-m2.1-gs32', set },
      ]);
      expect(validateConfig(config).map((i) => i.path)).toContain(issuePath);
      const file = path.join(await tempDir(), 'openclaw.json');
      await writeFile(file, rewriteJson5(text, before, config));
      const result = await validateWithRealOpenClaw(file);
      expect(result.valid).toBe(false);
      expect(result.issues.map((i) => i.path)).toContain(issuePath);
    },
    120_000,
  );

  it('the store saves through an installed `openclaw` and refuses what it rejects', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), file);
    const env = shimEnv();
    const store = createConfigStore({
      resolvePath: () => ({ path: file, source: 'flag' }),
      env,
      stateDir: path.join(dir, 'state'),
      openclawValidate: (candidate) => validateWithOpenClaw(candidate, env, 120_000),
    });
    const saved = await store.save([{ op: 'applyLayout', layout: 'local-first' }]);
    expect(saved.openclaw).toMatchObject({ ran: true, valid: true });

    // A root key OpenClaw does not know lies outside what our schema checks: only OpenClaw can catch it.
    const saved2 = await readFile(file, 'utf8');
    await writeFile(file, saved2.replace('{\n  agents: {', '{\n  experimentalThing: true,\n  agents: {'));
    const broken = await readFile(file, 'utf8');
    const report = await store.validate();
    expect(report.issues).toEqual([]);
    expect(report.openclaw).toMatchObject({ ran: true, valid: false });
    const refused = await store.save([{ op: 'applyLayout', layout: 'hosted-primary' }]).catch((e: unknown) => e);
    expect(faultText(refused)).toMatch(/OpenClaw rejects the result: <root>: unknown key “experimentalThing”/);
    expect(await readFile(file, 'utf8')).toBe(broken);
  }, 180_000);

  it('the installed OpenClaw still words its issues as recorded: each one is read into words, none quoted', async () => {
    const recorded = JSON.parse(
      await readFile(path.resolve(__dirname, '../fixtures/openclaw-validate/invalid-2026.9.6.json'), 'utf8'),
    ) as { config: string; output: { issues: { path: string; message: string }[] } };
    const file = path.join(await tempDir(), 'openclaw.json');
    await writeFile(file, recorded.config);
    const result = await validateWithOpenClaw(file, shimEnv(), 120_000);
    expect(result).toMatchObject({ ran: true, valid: false });
    expect(result.issues.map((i) => [i.path, i.message])).toEqual(
      recorded.output.issues.map((i) => [i.path, i.message]),
    );
    for (const issue of result.issues) expect(issue.detail, issue.message).toBeDefined();
  }, 180_000);

  it('the schema shipped with Claw Control is the pinned release’s own `openclaw config schema`', async () => {
    const oc = realOpenClaw();
    const fromOpenClaw = await fetchInstalledSchema(OPENCLAW_SHIM, shimEnv(), 120_000);
    expect((await loadBundledSchema()).schema).toEqual(fromOpenClaw);
    expect(bundledSchemaFile()).toContain(oc.version);
  }, 180_000);

  // The files our old hand-written copy refused for every edit; OpenClaw accepts them, and so must we.
  it.each<[string, Record<string, unknown>]>([
    ['github-copilot params without baseUrl', { 'github-copilot': { params: { githubDomain: 'x' } } }],
    ['clawrouter without baseUrl', { clawrouter: { apiKey: 'k' } }],
    ['cloudflare-ai-gateway without baseUrl', { 'cloudflare-ai-gateway': { params: { accountId: 'a' } } }],
    ['synthetic without models', { synthetic: { apiKey: 'k' } }],
    ['a relative localService.command', { lmstudio: { localService: { command: './bin/llama-server' } } }],
  ])(
    'OpenClaw and Claw Control both accept %s',
    async (_label, providers) => {
      const config = { models: { providers } };
      const file = path.join(await tempDir(), 'openclaw.json');
      await writeFile(file, JSON.stringify(config, null, 2));
      const result = await validateWithRealOpenClaw(file);
      expect(result.issues).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validateConfig(config)).toEqual([]);
    },
    120_000,
  );
});
