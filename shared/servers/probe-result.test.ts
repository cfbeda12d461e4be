import { describe, expect, it } from 'vitest';
import { findProbedModel, servedModels, type ProbedModel, type ServerProbe } from './probe-result';

const model = (id: string, sizeBytes: number | null): ProbedModel => ({
  id,
  loaded: true,
  contextLength: null,
  maxContextLength: null,
  vision: null,
  sizeBytes,
  quant: 'Q4_K_M',
  type: 'llm',
});

const probe = (models: ProbedModel[], problem: ServerProbe['problem'] = null): ServerProbe => ({
  baseUrl: 'http://127.0.0.1:1234/v1',
  kind: 'lmstudio',
  reachable: problem === null,
  latencyMs: 3,
  version: null,
  lmstudioRest: 'v1',
  responsesApi: null,
  models,
  problem,
  probedAt: '2026-11-21T00:00:00.000Z',
});

describe('what a server says about a configured model', () => {
  it('matches the exact id first, then the same id in another case', () => {
    const listed = probe([model('Qwen/Qwen3-8B', 1), model('qwen/qwen3-8b', 2)]);
    expect(findProbedModel(listed, 'qwen/qwen3-8b')?.sizeBytes).toBe(2);
    expect(findProbedModel(listed, 'QWEN/qwen3-8B')?.sizeBytes).toBe(1);
    expect(findProbedModel(listed, 'qwen/qwen3-14b')).toBeNull();
  });

  it('answers per provider, and not from a server with a problem', () => {
    const served = servedModels([
      { providerId: 'lmstudio', probe: probe([model('gpt-oss-20b', 12e9), model('gemma', null)]) },
      {
        providerId: 'ollama',
        probe: probe([model('gpt-oss-20b', 13e9)], {
          code: 'timeout',
          message: { code: 'servers.advice.timeout' },
          advice: { code: 'servers.advice.timeout' },
        }),
      },
    ]);
    expect(served('lmstudio', 'gpt-oss-20b')?.sizeBytes).toBe(12e9);
    expect(served('lmstudio', 'gemma')?.sizeBytes).toBeNull();
    expect(served('ollama', 'gpt-oss-20b')).toBeNull();
    expect(served('vllm', 'gpt-oss-20b')).toBeNull();
  });
});
