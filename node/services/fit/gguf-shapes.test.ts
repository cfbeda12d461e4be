/**
 * The KV cache of four kinds of model, read from GGUF files the test writes (header, tensor table,
 * sparse data): dense (Llama 3.1 8B), MoE (Qwen3-30B-A3B), sliding-window (Gemma 3 4B) and hybrid
 * (Qwen3-Next and Nemotron-H: no KV for recurrent layers). Shapes: gguf-test-models.ts (sources there).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kvCacheBytes } from '@shared/fit/model-shape';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf, type GgufValue } from '@test/helpers/gguf-writer';
import { readGgufModelFacts } from './gguf-facts';
import {
  DENSE_LLAMA,
  DENSE_TENSORS,
  GEMMA3_SWA,
  HYBRID_NEMOTRON_H,
  HYBRID_QWEN3NEXT,
  MOE_QWEN3,
  MOE_TENSORS,
} from './gguf-test-models';

async function shapeOf(meta: Record<string, GgufValue>, tensors = DENSE_TENSORS) {
  const file = path.join(await tempDir('claw-gguf-shapes-'), 'model.gguf');
  await writeGguf(file, meta, tensors);
  return (await readGgufModelFacts(file, {})).shape!;
}

describe('the KV cache as each architecture keeps it', () => {
  it('dense: every layer, every token', async () => {
    const shape = await shapeOf(DENSE_LLAMA);
    expect(shape).toMatchObject({ layers: 32, attentionLayers: 32, swaLayers: 0, expertShare: 0, headCount: 32 });
    expect(kvCacheBytes(shape, 32768)).toBe(32 * 8 * 256 * 2 * 32768);
  });

  it('MoE: the KV cache of a dense model of its attention shape; the experts’ share of the weights read from the tensor table', async () => {
    const shape = await shapeOf(MOE_QWEN3, MOE_TENSORS);
    expect(shape.fullKvBytesPerTokenF16).toBe(48 * 4 * 256 * 2);
    expect(shape.experts).toEqual({ count: 128, used: 8 });
    // 3 expert tensors of 2048 × 768 × 128 against the layer's attention and router.
    const experts = 3 * 2048 * 768 * 128;
    const rest = 2048 * 4096 * 2 + 2 * 2048 * 512 + 2048 * 128;
    expect(shape.expertShare).toBeCloseTo(experts / (experts + rest), 6);
  });

  it('sliding window: Gemma 3’s local layers hold their 1024-token window only', async () => {
    const shape = await shapeOf(GEMMA3_SWA);
    expect(shape).toMatchObject({ swaLayers: 29, slidingWindow: 1024 });
    expect(kvCacheBytes(shape, 131072)).toBe(4 * 512 * 2 * (5 * 131072 + 29 * 1024));
  });

  it('hybrid: Qwen3-Next keeps KV in every 4th layer only (full_attention_interval), Nemotron-H in its 4 attention layers', async () => {
    const next = await shapeOf(HYBRID_QWEN3NEXT);
    expect(next).toMatchObject({ layers: 48, attentionLayers: 12 });
    expect(kvCacheBytes(next, 262144)).toBe(12 * 2 * 512 * 2 * 262144);
    const nemotron = await shapeOf(HYBRID_NEMOTRON_H);
    expect(nemotron).toMatchObject({ layers: 52, attentionLayers: 4 });
    expect(nemotron.fullKvBytesPerTokenF16).toBe(4 * 8 * 256 * 2);
  });
});
