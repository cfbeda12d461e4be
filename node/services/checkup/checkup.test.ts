/**
 * Each check against a fake server replaying a real failure: it fails with its evidence,
 * passes once the config is right, and its fix lands on disk as the bytes OpenClaw accepts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckupReport } from '@shared/checkup/types';
import { startCheckupFake, type CheckupFake, type CheckupFakeOptions } from '@test/fakes/checkup-servers';
import { cli } from '@test/helpers/cli';
import { openclawOptedOut, validateWithRealOpenClaw } from '@test/helpers/openclaw';
import { tempConfig, tempDir } from '@test/helpers/temp-dir';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);

const fakes: CheckupFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

interface Setup {
  fake: CheckupFakeOptions;
  /** The provider entry, with BASE for the fake's /v1 URL and ORIGIN for its root. */
  provider: (server: CheckupFake) => string;
  providerId?: string;
  model: string;
  env?: Record<string, string>;
}

async function setup({ fake, provider, providerId = 'lmstudio', model, env = {} }: Setup) {
  const server = await startCheckupFake(fake);
  fakes.push(server);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    `{
  // my local box
  agents: { defaults: { model: { primary: "${providerId}/${model}" } } },
  models: {
    providers: {
      ${providerId}: ${provider(server)},
    },
  },
}
`,
  );
  const run = async (...argv: string[]) => {
    const result = await cli(['--config', file, ...argv, '--json'], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
      ...env,
    });
    const report = JSON.parse(result.stdout) as CheckupReport & { before?: CheckupReport };
    return { ...result, report };
  };
  return { server, file, run };
}

const checkOf = (report: CheckupReport, id: string) => report.entries[0]!.checks.find((c) => c.id === id)!;

async function expectAccepted(file: string) {
  if (openclawOptedOut) return; // CLAW_CONTROL_SKIP_OPENCLAW=1: the documented opt-out
  const verdict = await validateWithRealOpenClaw(file);
  expect(verdict.issues).toEqual([]);
  expect(verdict.valid).toBe(true);
}

const row = (id: string, extra = '') =>
  `{ id: "${id}", name: "${id}", contextWindow: 32768, contextTokens: 32768${extra ? `, ${extra}` : ''} }`;
const QWEN = { id: 'qwen/qwen3-4b-2507', maxContext: 262144, loadedContext: 32768 };
const OTHER = { id: 'google/gemma-3-1b', maxContext: 32768, loadedContext: null };

describe('endpoint', () => {
  it('LM Studio without /v1 fails; the fix adds /v1', async () => {
    const { run, file, server } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN, OTHER] },
      provider: (s) =>
        `{ baseUrl: "${s.origin}", api: "openai-completions", timeoutSeconds: 600, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const first = await run('check');
    expect(checkOf(first.report, 'endpoint')).toMatchObject({
      status: 'fail',
      summary: { code: 'checkup.endpoint.needsV1' },
    });
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'endpoint').status).toBe('pass');
    expect(fixed.code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain(`baseUrl: "${server.origin}/v1"`);
    await expectAccepted(file);
  });

  it('openai-responses on a server without a working /v1/responses fails with its answer; the fix is openai-completions', async () => {
    const { run, file } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN, OTHER], responses: false },
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", api: "openai-responses", timeoutSeconds: 600, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const first = await run('check');
    const endpoint = checkOf(first.report, 'endpoint');
    expect(endpoint.status).toBe('fail');
    expect(JSON.stringify(endpoint.evidence)).toContain('Unexpected endpoint or method. (POST /v1/responses)');
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'endpoint').status).toBe('pass');
    expect(await readFile(file, 'utf8')).toContain('api: "openai-completions"');
    await expectAccepted(file);
  });

  it('Ollama native api with a /v1 baseUrl fails; the fix drops /v1', async () => {
    const { run, file, server } = await setup({
      fake: { kind: 'ollama', models: [{ id: 'llama3.2:latest', maxContext: 131072, loadedContext: 32768 }] },
      providerId: 'ollama',
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", api: "ollama", timeoutSeconds: 600, models: [${row('llama3.2:latest')}] }`,
      model: 'llama3.2:latest',
    });
    const first = await run('check');
    expect(checkOf(first.report, 'endpoint').summary.code).toBe('checkup.endpoint.ollamaNoV1');
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'endpoint').status).toBe('pass');
    expect(await readFile(file, 'utf8')).toContain(`baseUrl: "${server.origin}"`);
    await expectAccepted(file);
  });
});

describe('presence', () => {
  it('a duplicate :2 instance is flagged with its id', async () => {
    const { run } = await setup({
      fake: { kind: 'lmstudio', models: [{ ...QWEN, duplicates: 1 }, OTHER] },
      provider: (s) => `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 600, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const { report } = await run('check');
    const presence = checkOf(report, 'presence');
    expect(presence.status).toBe('warn');
    expect(JSON.stringify(presence.evidence)).toContain('qwen/qwen3-4b-2507:2');
  });

  it('an id that differs in case fails and names the exact id on the server', async () => {
    const { run } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN, OTHER] },
      provider: (s) => `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 600, models: [${row('Qwen/Qwen3-4B-2507')}] }`,
      model: 'Qwen/Qwen3-4B-2507',
    });
    const { report, code } = await run('check');
    expect(code).toBe(1);
    const presence = checkOf(report, 'presence');
    expect(presence.status).toBe('fail');
    expect(presence.evidence[0]).toEqual({ code: 'checkup.presence.near', params: { ids: 'qwen/qwen3-4b-2507' } });
  });
});

describe('context', () => {
  it('Ollama loaded with 4096 while contextTokens and num_ctx say 32768: fail; the fix aligns both', async () => {
    const { run, file } = await setup({
      fake: { kind: 'ollama', models: [{ id: 'llama3.2:latest', maxContext: 131072, loadedContext: 4096 }] },
      providerId: 'ollama',
      provider: (s) =>
        `{ baseUrl: "${s.origin}", api: "ollama", timeoutSeconds: 600, models: [${row('llama3.2:latest', 'params: { num_ctx: 32768, temperature: 0.2 }')}] }`,
      model: 'llama3.2:latest',
    });
    const first = await run('check');
    const context = checkOf(first.report, 'context');
    expect(context.summary).toEqual({
      code: 'checkup.context.aboveLoaded',
      params: { configured: 32768, loaded: 4096 },
    });
    expect(JSON.stringify(context.evidence)).toContain('Ollama GET /api/ps context_length');
    await run('check', '--fix');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('contextTokens: 4096');
    expect(text).toMatch(/num_ctx: 4096,\s*temperature: 0\.2/);
    await expectAccepted(file);
  });

  it('llama.cpp /props n_ctx under OpenClaw 2026.9.6’s hard minimum fails with both numbers', async () => {
    const { run } = await setup({
      fake: { kind: 'llamacpp', models: [{ id: 'local-model', maxContext: 131072, loadedContext: 2048 }] },
      providerId: 'llama',
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", api: "openai-completions", apiKey: "none", timeoutSeconds: 600, models: [${row('local-model', 'compat: { toolSchemaProfile: "llamacpp" }')}] }`,
      model: 'local-model',
    });
    const { report } = await run('check');
    const context = checkOf(report, 'context');
    expect(context.status).toBe('fail');
    expect(context.evidence).toContainEqual({
      code: 'checkup.context.belowHardMin',
      params: expect.objectContaining({ tokens: 2048, min: 4000 }),
    });
    expect(JSON.stringify(context.evidence)).toContain('llama.cpp GET /props default_generation_settings.n_ctx');
  });

  it('vLLM max_model_len equal to the config passes', async () => {
    const { run } = await setup({
      fake: { kind: 'vllm', models: [{ id: 'Qwen/Qwen3-8B', maxContext: 32768, loadedContext: 32768 }] },
      providerId: 'vllm',
      provider: (s) => `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 600, models: [${row('Qwen/Qwen3-8B')}] }`,
      model: 'Qwen/Qwen3-8B',
    });
    const { report, code } = await run('check');
    expect(checkOf(report, 'context').status).toBe('pass');
    expect(checkOf(report, 'coldLoad').summary.code).toBe('checkup.coldLoad.alwaysLoaded');
    expect(code).toBe(0);
  });
});

describe('cold load', () => {
  it('a 1.5 s load against a 2 s timeout fails; the fix sets at least twice the load', async () => {
    const { run, file, server } = await setup({
      fake: {
        kind: 'lmstudio',
        models: [{ ...QWEN, loadedContext: null, loadContext: 32768 }, OTHER],
        loadDelayMs: 1500,
      },
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 2, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const first = await run('check');
    const cold = checkOf(first.report, 'coldLoad');
    expect(cold.status).toBe('fail');
    expect(cold.offerKeepWarm).toBe(true);
    expect(server.requests.some((r) => r.path === '/api/v1/models/load')).toBe(true);
    expect((cold.evidence[0]!.params!.seconds as number) >= 1.5).toBe(true);
    // A later run finds it loaded: --cold unloads it to measure again, and --fix saves what that finds.
    const fixed = await run('check', '--fix', '--cold');
    expect(checkOf(fixed.report.before!, 'coldLoad').status).toBe('fail');
    expect(await readFile(file, 'utf8')).toContain('timeoutSeconds: 60,');
    const again = await run('check', '--cold');
    expect(checkOf(again.report, 'coldLoad').status).toBe('pass');
    await expectAccepted(file);
  });
});

describe('tool calling', () => {
  it('llama.cpp’s grammar rejects the schema: fail with its answer; the fix is compat.toolSchemaProfile "llamacpp"', async () => {
    const { run, file } = await setup({
      fake: {
        kind: 'llamacpp',
        models: [{ id: 'local-model', maxContext: 131072, loadedContext: 32768 }],
        tools: 'grammar',
      },
      providerId: 'llama',
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", apiKey: "none", timeoutSeconds: 600, models: [${row('local-model', 'compat: { supportsStore: false }')}] }`,
      model: 'local-model',
    });
    const first = await run('check');
    const tools = checkOf(first.report, 'tools');
    expect(tools.status).toBe('fail');
    expect(JSON.stringify(tools.evidence)).toContain('Failed to initialize samplers: failed to parse grammar');
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'tools').status).toBe('pass');
    expect(await readFile(file, 'utf8')).toMatch(/compat: \{ supportsStore: false, toolSchemaProfile: "llamacpp" \}/);
    await expectAccepted(file);
  });

  it('LM Studio’s Responses tool call with empty arguments fails; the fix is openai-completions', async () => {
    const { run, file } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN, OTHER], tools: 'empty-arguments' },
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", api: "openai-responses", timeoutSeconds: 600, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const first = await run('check');
    expect(checkOf(first.report, 'tools').summary.code).toBe('checkup.tools.emptyArguments');
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'tools')).toMatchObject({
      status: 'pass',
      summary: { params: { route: '/v1/chat/completions' } },
    });
    expect(await readFile(file, 'utf8')).toContain('api: "openai-completions"');
  });
});

describe('chain sanity', () => {
  it('an unset ${VAR} key fails; set, it passes', async () => {
    const options: Setup = {
      fake: { kind: 'lmstudio', models: [QWEN, OTHER] },
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", apiKey: "\${LMS_TOKEN}", timeoutSeconds: 600, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    };
    const unset = await setup(options);
    const chain = checkOf((await unset.run('check')).report, 'chain');
    expect(chain.status).toBe('fail');
    expect(chain.evidence).toContainEqual({ code: 'checkup.chain.varUnset', params: { name: '${LMS_TOKEN}' } });
    const set = await setup({ ...options, env: { LMS_TOKEN: 'sk-lm-abc' } });
    expect(checkOf((await set.run('check')).report, 'chain').status).toBe('pass');
  });

  it('a provider in an $include file, its baseUrl from env.vars and its $KEY from the environment, is checked', async () => {
    const server = await startCheckupFake({ kind: 'lmstudio', models: [QWEN, OTHER] });
    fakes.push(server);
    const { dir, file } = await tempConfig(
      `{ env: { vars: { LMS_URL: "${server.baseUrl}" } },
  agents: { defaults: { model: { primary: "lmstudio/${QWEN.id}" } } },
  models: { providers: { $include: "./providers.json5" } } }\n`,
      {
        'providers.json5': `{ lmstudio: { baseUrl: "\${LMS_URL}", apiKey: "$LMS_TOKEN", timeoutSeconds: 600, models: [${row(QWEN.id)}] } }\n`,
      },
    );
    const result = await cli(['--config', file, 'check', '--json'], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
      LMS_TOKEN: 'sk-lm-abc',
    });
    const report = JSON.parse(result.stdout) as CheckupReport;
    expect(checkOf(report, 'chain')).toMatchObject({ status: 'pass' });
    expect(checkOf(report, 'chain').evidence).toContainEqual({
      code: 'checkup.chain.varSet',
      params: { name: '${LMS_TOKEN}' },
    });
    expect(checkOf(report, 'presence').status).not.toBe('skip');
  });

  it('a stopped server fails the chain check and skips the rest', async () => {
    const { run, server } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN] },
      provider: (s) => `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 600, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    await fakes.pop()!.close();
    void server;
    const { report, code } = await run('check');
    expect(code).toBe(1);
    expect(checkOf(report, 'chain').summary.code).toBe('checkup.chain.serverDownShort');
    expect(checkOf(report, 'presence').status).toBe('skip');
  });
});

describe('LM Studio lifecycle', () => {
  it('JIT off and params.preload false: nothing loads the model; the fix removes params.preload', async () => {
    const { run, file } = await setup({
      fake: { kind: 'lmstudio', models: [QWEN, OTHER], jit: false },
      provider: (s) =>
        `{ baseUrl: "${s.baseUrl}", timeoutSeconds: 600, params: { preload: false }, models: [${row(QWEN.id)}] }`,
      model: QWEN.id,
    });
    const first = await run('check');
    expect(checkOf(first.report, 'lmstudio')).toMatchObject({
      status: 'fail',
      summary: { code: 'checkup.lmstudio.nothingLoads' },
    });
    const fixed = await run('check', '--fix');
    expect(checkOf(fixed.report, 'lmstudio').status).toBe('pass');
    expect(await readFile(file, 'utf8')).not.toContain('preload');
    await expectAccepted(file);
  });
});
