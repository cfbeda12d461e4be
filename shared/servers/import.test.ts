import { describe, expect, it } from 'vitest';
import { modelRowFromProbe } from './import';
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
