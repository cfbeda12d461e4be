import { describe, expect, it } from 'vitest';
import type { GatheredFacts, ModelFacts, ServerFacts } from '../../checkup/facts';
import { applyOperations } from '../../config/operations';
import { contextCheck } from './context';
import { resolveEntry } from './entry';
import { compactionReserve, conversationRoom, raiseAdvice } from './window';

const server = (kind: ServerFacts['kind']): ServerFacts => ({
  baseUrl: 'http://127.0.0.1:11434',
  reachable: true,
  problem: null,
  kind,
  lmstudioRest: null,
  ids: ['m'],
  jit: null,
});
const model = (over: Partial<ModelFacts> = {}): ModelFacts => ({
  present: true,
  near: [],
  duplicates: [],
  loaded: true,
  loadedContext: 32768,
  loadedContextSource: 'test',
  maxContext: 131072,
  sizeBytes: null,
  quant: null,
  ...over,
});
const facts = (kind: ServerFacts['kind'], over: Partial<ModelFacts> = {}): GatheredFacts => ({
  server: server(kind),
  model: model(over),
  load: null,
  tools: null,
  responses: null,
});
const config = (row: Record<string, unknown>, api = 'ollama') => ({
  models: { providers: { p: { baseUrl: 'http://127.0.0.1:11434', api, models: [{ id: 'm', name: 'm', ...row }] } } },
});

describe('OpenClaw’s reserve and prompt come off the window', () => {
  it('the reserve is 20,000 tokens, at most a quarter of the budget (2026.9.6)', () => {
    expect(compactionReserve(131072)).toBe(20000);
    expect(compactionReserve(32768)).toBe(8192);
  });

  it('8,192 tokens leave nothing; 24,576 leave little; 32,768 leave room', () => {
    expect(conversationRoom(8192)).toMatchObject({ status: 'warn', message: { code: 'checkup.context.noRoom' } });
    expect(conversationRoom(24576)).toMatchObject({ status: 'warn', message: { code: 'checkup.context.littleRoom' } });
    expect(conversationRoom(32768)).toMatchObject({
      status: 'pass',
      message: { code: 'checkup.context.room', params: { reserve: 8192, room: 8576 } },
    });
  });

  it('llama.cpp: -c is split among the slots, so the advice multiplies by -np', () => {
    expect(raiseAdvice('llamacpp', 'm', 8192, 131072, 4)).toEqual({
      code: 'checkup.context.raise.llamacpp',
      params: { tokens: 32768, slots: 4, total: 131072 },
    });
    // A model whose own maximum is what it has: nothing to raise.
    expect(raiseAdvice('vllm', 'm', 8192, 8192, null)).toBeNull();
  });
});

describe('the context check judges the real window', () => {
  it('Ollama at num_ctx 2048 with a model of 128 K: fails, says how to raise it there, and the fix writes the real window', () => {
    const c = config({ contextWindow: 131072 });
    const result = contextCheck(
      resolveEntry(c, 'p/m'),
      facts('ollama', { loadedContext: 2048, maxContext: 131072 }),
      '2026.9.6',
    );
    expect(result.status).toBe('fail');
    expect(result.summary.code).toBe('checkup.context.aboveLoaded');
    expect(result.evidence).toContainEqual(expect.objectContaining({ code: 'checkup.context.noRoom' }));
    expect(result.evidence).toContainEqual({ code: 'checkup.context.raise.ollama', params: { tokens: 32768 } });
    const fixed = applyOperations(c, result.fix!.operations).config as ReturnType<typeof config>;
    expect(fixed.models.providers.p.models[0]).toMatchObject({ contextWindow: 131072, contextTokens: 2048 });
  });

  it('a window that fits the config but leaves no room warns with that as its summary (the prompt size is an estimate)', () => {
    const c = config({ contextWindow: 8192, contextTokens: 8192 }, 'openai-completions');
    const result = contextCheck(
      resolveEntry(c, 'p/m'),
      facts('vllm', { loadedContext: 8192, maxContext: 8192 }),
      '2026.9.6',
    );
    expect(result.status).toBe('warn');
    expect(result.summary.code).toBe('checkup.context.noRoom');
    // vLLM's window is the model's own maximum: no raise advice, and no config change helps.
    expect(result.evidence.map((m) => m.code)).not.toContain('checkup.context.raise.vllm');
    expect(result.fix).toBeUndefined();
  });

  it('a config that caps a roomy server too low: the fix gives OpenClaw the server’s whole window', () => {
    const c = config({ contextWindow: 65536, contextTokens: 8192 }, 'openai-completions');
    const result = contextCheck(resolveEntry(c, 'p/m'), facts('llamacpp', { loadedContext: 65536 }), '2026.9.6');
    expect(result.status).toBe('warn');
    expect(result.fix!.operations).toEqual([
      { op: 'updateModel', provider: 'p', id: 'm', set: { contextTokens: 65536 } },
    ]);
  });

  it('Ollama not running: judged at the num_ctx of its next load (its Modelfile), whatever the config asks', () => {
    const result = contextCheck(
      resolveEntry(config({ contextWindow: 32768, params: { num_ctx: 32768 } }), 'p/m'),
      facts('ollama', { loaded: false, loadedContext: 2048, loadedContextSource: 'Modelfile' }),
      '2026.9.6',
    );
    expect(result.status).toBe('fail');
    expect(result.summary).toEqual({
      code: 'checkup.context.aboveLoaded',
      params: { configured: 32768, loaded: 2048 },
    });
    expect(result.evidence).toContainEqual({
      code: 'checkup.context.nextLoad',
      params: { tokens: 2048, source: 'Modelfile' },
    });
  });
});
