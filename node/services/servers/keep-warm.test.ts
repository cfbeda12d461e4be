import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '@test/fakes/fake-servers';
import { manualClock } from '@test/helpers/manual-clock';
import { createTranslator } from '@locales/translate';
import { createKeepWarm, type KeepWarm } from './keep-warm';
import { probeServer } from './probe';
import type { WarmTarget } from './warm-methods';

const INTERVAL = 60_000;
const servers: FakeServer[] = [];
const keepers: KeepWarm[] = [];
afterEach(async () => {
  keepers.splice(0).forEach((k) => k.stop());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(options: FakeServerOptions, model: string) {
  const server = await startFakeServer(options);
  servers.push(server);
  const probe = await probeServer(server.baseUrl);
  server.requests.length = 0;
  const target: WarmTarget = {
    ref: `local/${model}`,
    model,
    baseUrl: server.baseUrl,
    kind: probe.kind,
    lmstudioRest: probe.lmstudioRest,
  };
  const clock = manualClock();
  const keepWarm = createKeepWarm({
    resolveTarget: async () => target,
    clock,
    intervalMs: INTERVAL,
    random: () => 0.5,
  });
  keepers.push(keepWarm);
  const step = async (ms: number) => {
    clock.advance(ms);
    await keepWarm.settled();
  };
  const calls = () => server.requests.map((r) => `${r.method} ${r.path}`);
  return { server, clock, keepWarm, step, calls, ref: target.ref };
}

describe('keep warm: LM Studio 0.4 (explicit load, watch, load again when evicted)', () => {
  it('loads once, then only checks, and loads again after an eviction', async () => {
    const { server, keepWarm, step, calls, ref } = await setup({ kind: 'lmstudio-0.4' }, 'qwen/qwen3-4b-2507');
    keepWarm.setKept(ref, true);
    await step(0);
    expect(calls()).toEqual(['GET /api/v1/models', 'POST /api/v1/models/load']);
    expect(server.requests[1]!.body).toEqual({ model: 'qwen/qwen3-4b-2507' });
    expect(keepWarm.report().log[0]).toMatchObject({ ref, method: 'lmstudio-load', result: 'loaded' });

    server.requests.length = 0;
    await step(INTERVAL);
    expect(calls()).toEqual(['GET /api/v1/models']);

    server.evict('qwen/qwen3-4b-2507');
    server.requests.length = 0;
    await step(INTERVAL);
    expect(calls()).toEqual(['GET /api/v1/models', 'POST /api/v1/models/load']);
    expect(server.loaded.has('qwen/qwen3-4b-2507')).toBe(true);
  });

  it('exactly one request per interval, none overlapping, even when asked to warm again mid-load', async () => {
    const { server, keepWarm, step, ref } = await setup(
      { kind: 'lmstudio-0.4', loadDelayMs: 200 },
      'google/gemma-3-1b',
    );
    const [a, b] = await Promise.all([keepWarm.warmNow(ref), keepWarm.warmNow(ref)]);
    expect(a).toBe(b);
    expect(server.requests.filter((r) => r.path === '/api/v1/models/load')).toHaveLength(1);
    keepWarm.setKept(ref, true);
    server.requests.length = 0;
    await step(0);
    for (let i = 0; i < 5; i++) await step(INTERVAL);
    expect(server.requests).toHaveLength(6); // the first check at once, then one per interval
  });

  it('a model the server does not have: a clear error, nothing loaded', async () => {
    const { keepWarm, server, ref } = await setup({ kind: 'lmstudio-0.4' }, 'nope/not-downloaded');
    const entry = await keepWarm.warmNow(ref);
    expect(entry).toMatchObject({
      result: 'error',
      detail: 'LM Studio has no model "nope/not-downloaded": download it, or fix the model id',
      text: { code: 'servers.warm.noSuchModel', params: { model: 'nope/not-downloaded' } },
    });
    expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('reload unloads and loads again; unload unloads', async () => {
    const { keepWarm, calls, server, ref } = await setup(
      { kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] },
      'qwen/qwen3-4b-2507',
    );
    expect(await keepWarm.reload(ref)).toMatchObject({ method: 'reload', result: 'reloaded' });
    expect(calls()).toEqual([
      'GET /api/v1/models',
      'POST /api/v1/models/unload',
      'GET /api/v1/models',
      'POST /api/v1/models/load',
    ]);
    expect(await keepWarm.unload(ref)).toMatchObject({ result: 'unloaded' });
    expect(server.loaded.size).toBe(0);
  });
});

describe('keep warm: other servers', () => {
  it('older LM Studio: a one-token request to the model, and the single-loaded-model trap is caught', async () => {
    const { keepWarm, server, ref } = await setup(
      { kind: 'lmstudio-0.3', loaded: ['qwen/qwen3-4b-2507'] },
      'google/gemma-3-1b',
    );
    const entry = await keepWarm.warmNow(ref);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      body: { model: 'google/gemma-3-1b', max_tokens: 1, messages: [{ role: 'user', content: '.' }] },
    });
    expect(entry).toMatchObject({ method: 'ping', result: 'error' });
    expect(entry.detail).toMatch(/answered with "qwen\/qwen3-4b-2507", not "google\/gemma-3-1b"/);
  });

  it('Ollama: keep_alive through /api/generate, no prompt; unload with keep_alive 0', async () => {
    const { keepWarm, server, ref } = await setup({ kind: 'ollama' }, 'llama3.2');
    expect(await keepWarm.warmNow(ref)).toMatchObject({ method: 'ollama-keep-alive', result: 'ok' });
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/generate',
      body: { model: 'llama3.2', keep_alive: '30m' },
    });
    await keepWarm.unload(ref);
    expect(server.requests[1]!.body).toEqual({ model: 'llama3.2', keep_alive: 0 });
  });

  it.each<[FakeServerOptions['kind'], string]>([
    ['vllm', 'Qwen/Qwen3-8B'],
    ['llamacpp', 'model'],
  ])(
    '%s: health and one cached 1-token answer (health "ok" is not an answer: llama.cpp#27309)',
    async (kind, model) => {
      const { keepWarm, calls, ref, server } = await setup({ kind }, model);
      expect(await keepWarm.warmNow(ref)).toMatchObject({ method: 'health', result: 'ok' });
      // The probe in setup may already have asked for the token; the answer is remembered either way.
      expect(calls().filter((c) => c !== 'POST /v1/chat/completions')).toEqual(['GET /health']);
      server.requests.length = 0;
      expect(await keepWarm.warmNow(ref)).toMatchObject({ method: 'health', result: 'ok' });
      expect(calls()).toEqual(['GET /health']);
      expect((await keepWarm.unload(ref)).detail).toMatch(/has no unload over HTTP/);
    },
  );
});

describe('keep warm: failures, sleep, quit', () => {
  it('backs off exponentially with jitter while the server fails, and returns to the interval on recovery', async () => {
    const { server, clock, keepWarm, step, ref } = await setup(
      { kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] },
      'qwen/qwen3-4b-2507',
    );
    server.setFault('error-500');
    keepWarm.setKept(ref, true);
    await step(0);
    expect(clock.pending()).toEqual([INTERVAL]);
    await step(INTERVAL);
    expect(clock.pending()).toEqual([2 * INTERVAL]);
    await step(2 * INTERVAL);
    expect(clock.pending()).toEqual([4 * INTERVAL]);
    expect(keepWarm.report().kept[0]).toMatchObject({ failures: 3 });
    server.setFault('none');
    await step(4 * INTERVAL);
    expect(keepWarm.report().kept[0]).toMatchObject({ failures: 0, lastResult: { result: 'ok' } });
    expect(clock.pending()).toEqual([INTERVAL]);
  });

  it('a server that dies mid-answer: the failure is logged and the model is tried again later (issue #16)', async () => {
    const { server, clock, keepWarm, step, ref } = await setup(
      { kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] },
      'qwen/qwen3-4b-2507',
    );
    server.setFault('cut-off');
    keepWarm.setKept(ref, true);
    await step(0);
    expect(keepWarm.report().log[0]).toMatchObject({ ref, result: 'error' });
    expect(keepWarm.report().log[0]!.detail).toMatch(/closed the connection in the middle of its answer/);
    expect(clock.pending()).toEqual([INTERVAL]);
    server.setFault('none');
    await step(INTERVAL);
    expect(keepWarm.report().kept[0]).toMatchObject({ failures: 0, lastResult: { result: 'ok' } });
  });

  it('checks at once after the machine slept', async () => {
    const { keepWarm, step, ref } = await setup(
      { kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] },
      'qwen/qwen3-4b-2507',
    );
    keepWarm.setKept(ref, true);
    await step(0);
    await step(10 * INTERVAL);
    expect(keepWarm.report().log.map((e) => e.detail)).toContain('resumed after sleep: checking now');
    expect(keepWarm.report().log.map((e) => e.text.code)).toContain('servers.warm.resumed');
  });

  it('stops everything on quit', async () => {
    const { server, keepWarm, step, ref } = await setup(
      { kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] },
      'qwen/qwen3-4b-2507',
    );
    keepWarm.setKept(ref, true);
    await step(0);
    keepWarm.stop();
    const before = server.requests.length;
    await step(10 * INTERVAL);
    expect(server.requests.length).toBe(before);
    expect(keepWarm.kept()).toEqual([]);
  });
});

describe('keep warm: every log entry carries a message (shown translated in the panel, the CLI and the tray)', () => {
  it('successes, reloads and failures each say what happened as a servers.* message that exists in both languages', async () => {
    const { keepWarm, ref } = await setup({ kind: 'lmstudio-0.4', loaded: [] }, 'qwen/qwen3-4b-2507');
    const entries = [await keepWarm.warmNow(ref), await keepWarm.warmNow(ref), await keepWarm.reload(ref)];
    expect(entries.map((e) => e.text.code)).toEqual([
      'servers.warm.loadedExplicitly',
      'servers.warm.loaded',
      'servers.warm.reloaded',
    ]);
    expect(entries[2]!.text.params).toEqual({ detail: { code: 'servers.warm.loadedExplicitly' } });
    const zh = createTranslator('zh-CN');
    for (const entry of entries) expect(zh.message(entry.text)).toMatch(/[\u4e00-\u9fff]/);
  });
});
