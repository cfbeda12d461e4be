import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTranslator } from '@locales/translate';
import type { Message } from '@shared/i18n/message';
import { trayStateFrom } from '@shared/tray/tray-state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCheckupFake, type CheckupFake } from '@test/fakes/checkup-servers';
import { startFailingLlamaCpp, type FailingLlamaCpp } from '@test/fakes/failing-llamacpp';
import { tempDir } from '@test/helpers/temp-dir';
import { readDocument } from '../config/config-document';
import { createEventBus } from '../event-bus';
import { createSettingsStore } from '../settings';
import { createServersService } from './servers-service';
import { ANSWER_FAILED_CACHE_MS, ANSWER_OK_CACHE_MS, checkAnswers, forgetAnswers } from './answer-check';
import { normalizeBaseUrl, probeServer } from './probe';

const en = (m: Message) => createTranslator('en').message(m);
const zh = (m: Message) => createTranslator('zh-CN').message(m);

const closers: { close(): Promise<void> }[] = [];
beforeEach(() => forgetAnswers());
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c.close()));
});
async function failing(options: Parameters<typeof startFailingLlamaCpp>[0]): Promise<FailingLlamaCpp> {
  const server = await startFailingLlamaCpp(options);
  closers.push(server);
  return server;
}

describe('a server is judged by a real 1-token answer, not by /health', () => {
  it('health ok but every completion 500 (llama.cpp#27309): down, with the server’s error and out of memory at this context', async () => {
    const server = await failing({ nCtx: 262144, completions: 'fail' });
    const probe = await probeServer(server.baseUrl);
    expect(probe).toMatchObject({ reachable: true, kind: 'llamacpp', problem: { code: 'not-answering' } });
    expect(en(probe.problem!.message)).toBe(
      `${server.baseUrl} is up but cannot answer: one token from qwen3-8b got HTTP 500: Compute error.`,
    );
    expect(en(probe.problem!.advice)).toMatch(
      /out of memory while loading the model at this context \(262144 tokens\)/,
    );
    expect(zh(probe.problem!.advice)).toContain('内存不足');
    // The tray shows it down, not up.
    const tray = trayStateFrom([{ providerId: 'llama', probe }], [], []);
    expect(tray.servers[0]).toMatchObject({ health: 'down' });
  });

  it('a server that answers stays up; the verdict is remembered, so a second probe asks nothing', async () => {
    const server = await failing({ nCtx: 32768, completions: 'ok' });
    expect((await probeServer(server.baseUrl)).problem).toBeNull();
    expect((await probeServer(server.baseUrl)).problem).toBeNull();
    expect(server.completions()).toBe(1);
  });

  it('an embeddings-only llama-server (501 on completions) is not a server that fails', async () => {
    const server = await failing({ nCtx: 8192, completions: 'not-supported' });
    expect((await probeServer(server.baseUrl)).problem).toBeNull();
    expect(server.completions()).toBe(1);
  });

  it('a sleeping llama-server is not woken: no completion, no verdict', async () => {
    const server = await failing({ nCtx: 32768, completions: 'fail', sleeping: true });
    const probe = await probeServer(server.baseUrl);
    expect(probe.problem).toBeNull();
    expect(probe.models[0]!.loaded).toBe(false);
    expect(server.completions()).toBe(0);
  });

  it('nothing loaded on LM Studio: no completion is sent (the check never loads a model)', async () => {
    const fake: CheckupFake = await startCheckupFake({
      kind: 'lmstudio',
      models: [{ id: 'm', maxContext: 32768, loadedContext: null }],
    });
    closers.push(fake);
    expect((await probeServer(fake.baseUrl)).problem).toBeNull();
    expect(fake.requests.filter((r) => r.path === '/v1/chat/completions')).toEqual([]);
  });

  it('a failure is asked again after its short wait, a success only after the long one', async () => {
    const server = await failing({ nCtx: 4096, completions: 'fail' });
    const { openaiBase } = normalizeBaseUrl(server.baseUrl);
    const model = {
      id: 'qwen3-8b',
      loaded: true,
      contextLength: 4096,
      maxContextLength: null,
      vision: null,
      sizeBytes: null,
      quant: null,
      type: 'llm' as const,
    };
    let now = 0;
    const target = { baseUrl: server.baseUrl, openaiBase, kind: 'llamacpp' as const, model };
    expect(await checkAnswers(target, () => now)).toMatchObject({ code: 'not-answering' });
    now += ANSWER_FAILED_CACHE_MS - 1;
    await checkAnswers(target, () => now);
    expect(server.completions()).toBe(1);
    now += 1;
    await checkAnswers(target, () => now);
    expect(server.completions()).toBe(2);
    expect(ANSWER_OK_CACHE_MS).toBeGreaterThan(5 * 60_000);
  });

  it('keep-warm and the statuses judge by the answer: warming a healthy-looking llama-server that fails is an error with its cause', async () => {
    const server = await failing({ nCtx: 262144, completions: 'fail' });
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(
      file,
      JSON.stringify({
        models: { providers: { llama: { baseUrl: server.baseUrl, api: 'openai-completions', models: [] } } },
      }),
    );
    const servers = createServersService({
      document: () => readDocument(file, {}),
      settings: createSettingsStore(path.join(dir, 'state')),
      events: createEventBus(),
      env: {},
    });
    const [status] = await servers.statuses();
    expect(status!.probe.problem).toMatchObject({ code: 'not-answering' });
    const entry = await servers.keepWarm.warmNow('llama/qwen3-8b');
    expect(entry.result).toBe('error');
    expect(en(entry.text)).toContain('is up but cannot answer');
    servers.stop();
  });
});

describe('keep-warm judges a kept model by an answer too', () => {
  it('a llama-server whose /health says ok while completions get 500 is logged as failing, in the server’s words', async () => {
    const { createKeepWarm } = await import('./keep-warm');
    const server = await failing({ nCtx: 262144, completions: 'fail' });
    const keepWarm = createKeepWarm({
      resolveTarget: async () => ({
        ref: 'llama/qwen3-8b',
        model: 'qwen3-8b',
        baseUrl: server.baseUrl,
        kind: 'llamacpp',
        lmstudioRest: null,
      }),
    });
    try {
      const entry = await keepWarm.warmNow('llama/qwen3-8b');
      expect(entry).toMatchObject({ method: 'health', result: 'error' });
      expect(en(entry.text)).toBe(
        `${server.baseUrl} is up but cannot answer: one token from qwen3-8b got HTTP 500: Compute error.`,
      );
      expect(zh(entry.text)).not.toMatch(/cannot answer/);
      expect(server.completions()).toBe(1);
    } finally {
      keepWarm.stop();
    }
  });
});
