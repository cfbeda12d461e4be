import { createTranslator } from '@locales/translate';
import type { Message } from '@shared/i18n/message';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '@test/fakes/fake-servers';
import { normalizeBaseUrl, probeServer } from './probe';

const en = (m: Message) => createTranslator('en').message(m);

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function fake(options: FakeServerOptions) {
  const server = await startFakeServer(options);
  servers.push(server);
  return server;
}

describe('probeServer: server kinds', () => {
  it('LM Studio 0.4: kind, REST v1, models with loaded state and context lengths, vision, Responses API', async () => {
    const server = await fake({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
    const probe = await probeServer(server.baseUrl, { checkResponses: true });
    expect(probe).toMatchObject({
      kind: 'lmstudio',
      reachable: true,
      lmstudioRest: 'v1',
      responsesApi: true,
      problem: null,
    });
    expect(probe.models.find((m) => m.id === 'qwen/qwen3-4b-2507')).toEqual({
      id: 'qwen/qwen3-4b-2507',
      loaded: true,
      contextLength: 8192,
      maxContextLength: 262144,
      vision: false,
      sizeBytes: 2497280256,
      quant: 'Q4_K_M',
      type: 'llm',
      displayName: 'Qwen3 4B 2507',
    });
    expect(probe.models.find((m) => m.id === 'google/gemma-3-1b')).toMatchObject({
      loaded: false,
      maxContextLength: 32768,
    });
    expect(probe.latencyMs).toBeGreaterThanOrEqual(0);
    // No load, no unload: only the Responses check and one token from the model already loaded (answer-check.ts).
    expect(server.requests.filter((r) => r.method === 'POST' && r.path !== '/v1/responses')).toEqual([
      expect.objectContaining({
        path: '/v1/chat/completions',
        body: expect.objectContaining({ model: 'qwen/qwen3-4b-2507', max_tokens: 1 }),
      }),
    ]);
  });

  it('LM Studio 0.3: unknown routes answer 200, so v1 is recognised as missing by its body and v0 is used', async () => {
    const server = await fake({ kind: 'lmstudio-0.3', loaded: ['qwen/qwen3-4b-2507'] });
    const probe = await probeServer(server.baseUrl);
    expect(probe).toMatchObject({ kind: 'lmstudio', lmstudioRest: 'v0' });
    expect(
      (await probeServer(server.baseUrl.replace('127.0.0.1', 'localhost'), { checkResponses: true })).responsesApi,
    ).toBe(true);
    expect(probe.models.find((m) => m.id === 'qwen/qwen3-4b-2507')).toMatchObject({
      loaded: true,
      contextLength: 8192,
      quant: 'Q4_K_M',
    });
    expect(probe.models.find((m) => m.id === 'qwen2-vl-7b-instruct')).toMatchObject({ loaded: false, vision: true });
  });

  it('Ollama: tags, loaded models from /api/ps with their context length', async () => {
    const server = await fake({ kind: 'ollama', loaded: ['llama3.2:latest'] });
    const probe = await probeServer(`http://127.0.0.1:${server.port}/v1`);
    expect(probe).toMatchObject({ kind: 'ollama', version: '0.33.0' });
    expect(probe.models.find((m) => m.id === 'llama3.2:latest')).toMatchObject({
      loaded: true,
      contextLength: 4096,
      quant: 'Q4_K_M',
    });
    expect(probe.models.find((m) => m.id === 'deepseek-r1:latest')).toMatchObject({ loaded: false });
  });

  it('llama.cpp has no Responses API', async () => {
    const server = await fake({ kind: 'llamacpp' });
    expect((await probeServer(server.baseUrl, { checkResponses: true })).responsesApi).toBe(false);
  });

  it.each<[FakeServerOptions['kind'], string, Record<string, unknown>]>([
    [
      'vllm',
      'vllm',
      {
        version: '0.11.0',
        models: [expect.objectContaining({ id: 'Qwen/Qwen3-8B', loaded: true, contextLength: 32768 })],
      },
    ],
    [
      'llamacpp',
      'llamacpp',
      { models: [expect.objectContaining({ loaded: true, contextLength: 4096, sizeBytes: 4912898304 })] },
    ],
    [
      'litellm',
      'litellm',
      {
        version: '1.74.9',
        models: expect.arrayContaining([
          expect.objectContaining({ id: 'local-llama', contextLength: 131072, maxOutputTokens: 131072 }),
        ]),
      },
    ],
    ['openai', 'openai-compatible', { models: [expect.objectContaining({ id: 'my-model', loaded: null })] }],
  ])('%s is detected as %s', async (kind, expected, extra) => {
    const server = await fake({ kind });
    expect(await probeServer(server.baseUrl)).toMatchObject({
      kind: expected,
      reachable: true,
      problem: null,
      ...extra,
    });
  });
});

describe('probeServer: faults become a status with advice, never a hang', () => {
  it('a refused connection', async () => {
    const server = await fake({ kind: 'openai' });
    const url = server.baseUrl;
    await server.close();
    servers.pop();
    const probe = await probeServer(url);
    expect(probe).toMatchObject({ reachable: false, kind: null, problem: { code: 'unreachable' } });
    expect(en(probe.problem!.advice)).toMatch(/Is the server started/);
  });

  it('a server that never answers times out', async () => {
    const server = await fake({ kind: 'openai', fault: 'hang' });
    const started = Date.now();
    const probe = await probeServer(server.baseUrl, { timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(probe.problem).toMatchObject({ code: 'timeout' });
    expect(en(probe.problem!.advice)).toMatch(/cold model load/);
  });

  it.each<[FakeServerOptions['fault'], string]>([
    ['error-500', 'server-error'],
    ['malformed', 'not-openai'],
    ['huge', 'too-large'],
    ['cut-off', 'server-error'],
    ['deep', 'too-large'],
  ])('%s gives %s', async (fault, code) => {
    const server = await fake({ kind: 'openai', fault });
    expect((await probeServer(server.baseUrl)).problem).toMatchObject({ code });
  });

  it('401 without a key says to set it, with a wrong key says it was refused, with the right key works', async () => {
    const server = await fake({ kind: 'lmstudio-0.4', fault: 'require-key', apiKey: 'sk-lm-good' });
    const none = await probeServer(server.baseUrl);
    expect(none.problem).toMatchObject({ code: 'auth' });
    expect(en(none.problem!.advice)).toMatch(/wants an API key/);
    expect(en((await probeServer(server.baseUrl, { apiKey: 'sk-lm-bad' })).problem!.advice)).toMatch(/key was refused/);
    expect(await probeServer(server.baseUrl, { apiKey: 'sk-lm-good' })).toMatchObject({
      kind: 'lmstudio',
      problem: null,
    });
    expect(server.requests.at(-1)!.authorization).toBe('Bearer sk-lm-good');
  });

  it('refuses non-http URLs and nonsense', async () => {
    expect((await probeServer('file:///etc/passwd')).problem).toMatchObject({ code: 'bad-url' });
    expect((await probeServer('not a url')).problem).toMatchObject({ code: 'bad-url' });
  });
});

describe('normalizeBaseUrl', () => {
  it.each([
    ['http://127.0.0.1:1234', 'http://127.0.0.1:1234/v1'],
    ['http://127.0.0.1:1234/v1/', 'http://127.0.0.1:1234/v1'],
    ['http://127.0.0.1:1234/v1/chat/completions', 'http://127.0.0.1:1234/v1'],
    ['http://box.local:4000/litellm/v1', 'http://box.local:4000/litellm/v1'],
  ])('%s → %s', (raw, openaiBase) => {
    expect(normalizeBaseUrl(raw).openaiBase).toBe(openaiBase);
  });
});
