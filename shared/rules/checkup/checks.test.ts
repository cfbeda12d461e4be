import { describe, expect, it } from 'vitest';
import { applyOperations } from '../../config/operations';
import type { GatheredFacts, ModelFacts, ServerFacts } from '../../checkup/facts';
import { RULE_RANGES } from '../ranges';
import { recommendedTimeout } from './cold-load';
import { contextCheck } from './context';
import { endpointCheck } from './endpoint';
import { resolveEntry } from './entry';
import { lmstudioCheck } from './lmstudio';
import { toolsCheck } from './tools';

const server = (over: Partial<ServerFacts> = {}): ServerFacts => ({
  baseUrl: 'http://127.0.0.1:1234/v1',
  reachable: true,
  problem: null,
  kind: 'lmstudio',
  lmstudioRest: 'v1',
  ids: ['m'],
  jit: true,
  ...over,
});
const model = (over: Partial<ModelFacts> = {}): ModelFacts => ({
  present: true,
  near: [],
  duplicates: [],
  loaded: true,
  loadedContext: 32768,
  loadedContextSource: 'test',
  maxContext: 65536,
  sizeBytes: null,
  quant: null,
  ...over,
});
const facts = (over: Partial<GatheredFacts> = {}): GatheredFacts => ({
  server: server(),
  model: model(),
  load: null,
  tools: null,
  responses: null,
  ...over,
});
const config = (provider: Record<string, unknown>, row: Record<string, unknown> = {}) => ({
  models: { providers: { p: { ...provider, models: [{ id: 'm', name: 'm', ...row }] } } },
});

describe('endpoint rules', () => {
  it('Ollama behind openai-completions: switch to the native api and the root URL in one change', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:11434/v1', api: 'openai-completions' });
    const result = endpointCheck(resolveEntry(c, 'p/m'), facts({ server: server({ kind: 'ollama' }) }));
    expect(result.summary.code).toBe('checkup.endpoint.ollamaUseNative');
    expect(result.fix!.operations).toEqual([
      { op: 'updateProvider', id: 'p', set: { api: 'ollama', baseUrl: 'http://127.0.0.1:11434' } },
    ]);
  });

  it('api "ollama" on another server fails; a per-model api is fixed on the model row', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:8000/v1' }, { api: 'ollama' });
    const result = endpointCheck(resolveEntry(c, 'p/m'), facts({ server: server({ kind: 'vllm' }) }));
    expect(result.status).toBe('fail');
    expect(result.fix!.operations).toEqual([
      { op: 'updateModel', provider: 'p', id: 'm', set: { api: 'openai-completions' } },
    ]);
  });
});

describe('context rules', () => {
  it('no contextWindow at all: warn, and set both from the server', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:1234/v1' });
    const result = contextCheck(resolveEntry(c, 'p/m'), facts());
    expect(result.status).toBe('warn');
    expect(result.fix!.operations[0]).toMatchObject({ set: { contextTokens: 32768, contextWindow: 65536 } });
  });

  it('a contextWindow above the model’s own maximum is lowered to it', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:1234/v1' }, { contextWindow: 131072, contextTokens: 32768 });
    const result = contextCheck(resolveEntry(c, 'p/m'), facts());
    expect(result.summary.code).toBe('checkup.context.windowAboveNative');
    const fixed = applyOperations(c, result.fix!.operations).config as typeof c;
    expect(fixed.models.providers.p.models[0]).toMatchObject({ contextWindow: 65536, contextTokens: 32768 });
  });

  it('the installed OpenClaw picks the floor: 8,192 tokens pass on 2026.9.6, fail where 16,000 was the minimum', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:1234/v1' }, { contextWindow: 8192, contextTokens: 8192 });
    const f = facts({ model: model({ loadedContext: 8192 }) });
    // Above 2026.9.6's floor (the check still warns: no room is left for the conversation, window.ts).
    const current = contextCheck(resolveEntry(c, 'p/m'), f, '2026.9.6');
    expect(current.evidence.map((m) => m.code)).not.toContain('checkup.context.belowHardMin');
    expect(current.summary.code).toBe('checkup.context.noRoom');
    // The first stable release (rule-ranges.json: context-window-minimum) blocked below 16,000.
    const old = contextCheck(resolveEntry(c, 'p/m'), f, RULE_RANGES.releases.first);
    expect(old.status).toBe('fail');
    expect(old.evidence).toContainEqual(
      expect.objectContaining({
        code: 'checkup.context.belowHardMin',
        params: expect.objectContaining({ min: 16000 }),
      }),
    );
    // Unknown version: the older floor still warns.
    expect(contextCheck(resolveEntry(c, 'p/m'), f, null).status).toBe('warn');
  });

  it('a model that is not loaded: skipped, saying the server picks the context at load', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:1234/v1' }, { contextWindow: 32768 });
    const result = contextCheck(
      resolveEntry(c, 'p/m'),
      facts({ model: model({ loaded: false, loadedContext: null }) }),
    );
    expect(result.status).toBe('skip');
    expect(result.evidence).toContainEqual({ code: 'checkup.context.notLoaded' });
  });
});

describe('tool and LM Studio rules', () => {
  it('built-in providers get no toolSchemaProfile fix: OpenClaw already cleans their schemas', () => {
    const c = {
      models: { providers: { lmstudio: { baseUrl: 'http://127.0.0.1:1234/v1', models: [{ id: 'm', name: 'm' }] } } },
    };
    const result = toolsCheck(
      resolveEntry(c, 'lmstudio/m'),
      facts({
        tools: {
          route: 'chat-completions',
          answer: { status: 400, body: 'failed to parse grammar' },
          error: null,
          schemaRejected: true,
          cleanedSchemaWorks: true,
          called: false,
          arguments: null,
          argumentsOk: false,
          chatCompletionsWorks: null,
        },
      }),
    );
    expect(result.status).toBe('fail');
    expect(result.fix).toBeUndefined();
    expect(result.evidence).toContainEqual({ code: 'checkup.tools.builtInCleaner', params: { provider: 'lmstudio' } });
  });

  it('a model Claw Control keeps warm passes the LM Studio check; preload false keeps other params', () => {
    const c = config({ baseUrl: 'http://127.0.0.1:1234/v1', params: { other: 1 } });
    expect(lmstudioCheck(resolveEntry(c, 'p/m'), facts(), true).status).toBe('pass');
    const warn = lmstudioCheck(resolveEntry(c, 'p/m'), facts(), false);
    expect(warn.fix!.operations).toEqual([
      { op: 'updateProvider', id: 'p', set: { params: { other: 1, preload: false } } },
    ]);
  });

  it('the recommended timeout is at least twice the load, in 30 s steps, never under 60 s', () => {
    expect(recommendedTimeout(1.2)).toBe(60);
    expect(recommendedTimeout(45)).toBe(90);
    expect(recommendedTimeout(52)).toBe(120);
  });
});
