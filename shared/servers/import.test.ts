import { describe, expect, it } from 'vitest';
import { loadedBelowMax, modelRowFromProbe } from './import';
import type { ProbedModel } from './probe-result';

const probed = (over: Partial<ProbedModel>): ProbedModel => ({
  id: 'minimax-m2.1-gs32',
  loaded: true,
  contextLength: null,
  maxContextLength: 196608,
  vision: false,
  sizeBytes: null,
  quant: null,
  type: 'llm',
  ...over,
});

describe('modelRowFromProbe', () => {
  it('keeps the id as the name when the server gives no name (no "Minimax M2.1 Gs32")', () => {
    expect(modelRowFromProbe(probed({}))).toEqual({
      id: 'minimax-m2.1-gs32',
      name: 'minimax-m2.1-gs32',
      contextWindow: 196608,
      input: ['text'],
    });
  });

  it("uses the server's own name (LM Studio display_name, test/fixtures/server-responses.json)", () => {
    const row = modelRowFromProbe(probed({ id: 'qwen/qwen3-4b-2507', displayName: 'Qwen3 4B 2507' }));
    expect(row.name).toBe('Qwen3 4B 2507');
  });

  it("fills maxTokens from the server's output limit (LiteLLM model_info.max_output_tokens) and image input for vision", () => {
    const row = modelRowFromProbe(probed({ id: 'llama3.2', maxOutputTokens: 131072, vision: true }));
    expect(row).toMatchObject({ maxTokens: 131072, input: ['text', 'image'] });
  });
});

describe('the context an imported row gets', () => {
  // LM Studio /api/v0/models lists a loaded model with both lengths (test/fixtures/server-responses.json).
  const loadedSmall = probed({ id: 'qwen/qwen3-coder-30b', contextLength: 32768, maxContextLength: 262144 });

  it('is the context the server loaded the model at, not its maximum (the doctor checks the row against it)', () => {
    expect(modelRowFromProbe(loadedSmall).contextWindow).toBe(32768);
  });

  it('is the maximum when the user chooses it, and for a model that is not loaded', () => {
    expect(modelRowFromProbe(loadedSmall, 'max').contextWindow).toBe(262144);
    expect(
      modelRowFromProbe(probed({ loaded: false, contextLength: 4096, maxContextLength: 65536 })).contextWindow,
    ).toBe(65536);
    expect(loadedBelowMax([loadedSmall])).toBe(true);
    expect(loadedBelowMax([probed({})])).toBe(false);
  });

  it('leaves out an output limit that would fill the context window', () => {
    const row = modelRowFromProbe(probed({ contextLength: 8192, maxContextLength: 8192, maxOutputTokens: 8192 }));
    expect(row).not.toHaveProperty('maxTokens');
  });
});
