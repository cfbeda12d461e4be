import { describe, expect, it } from 'vitest';
import { adviseFit } from './advisor';
import { kvCacheBytes, largestContext, shapeFromMetadata } from './model-shape';

/** Llama 3.1 8B as its GGUF (or Ollama's model_info, docs/api.md "Show Model Information") says it. */
const LLAMA = {
  'general.architecture': 'llama',
  'general.parameter_count': 8030261248,
  'llama.attention.head_count': 32,
  'llama.attention.head_count_kv': 8,
  'llama.block_count': 32,
  'llama.context_length': 131072,
  'llama.embedding_length': 4096,
  'llama.vocab_size': 128256,
};
/** Gemma 3 4B: the model_info of Ollama's /api/show example (docs.ollama.com/api-reference/show-model-details). */
const GEMMA3 = {
  'general.architecture': 'gemma3',
  'gemma3.attention.head_count': 8,
  'gemma3.attention.head_count_kv': 4,
  'gemma3.attention.key_length': 256,
  'gemma3.attention.sliding_window': 1024,
  'gemma3.attention.value_length': 256,
  'gemma3.block_count': 34,
  'gemma3.context_length': 131072,
  'general.parameter_count': 4299915632,
};

describe('a model shape from its metadata', () => {
  it('sizes a dense model’s KV cache from layers, KV heads and the head size', () => {
    const shape = shapeFromMetadata(LLAMA)!;
    expect(shape.fullKvBytesPerTokenF16).toBe(2 * 32 * 8 * 128 * 2); // 128 KiB a token
    expect(shape).toMatchObject({ maxContext: 131072, vocab: 128256, paramCount: 8030261248, swaLayers: 0 });
  });

  it('q8_0 roughly halves the f16 KV cache, q4_0 quarters it, and each parallel slot holds its own context', () => {
    const shape = shapeFromMetadata(LLAMA)!;
    const f16 = kvCacheBytes(shape, 32768);
    expect(f16).toBe(4 * 2 ** 30);
    expect(kvCacheBytes(shape, 32768, { kvType: 'q8_0' }) / f16).toBeCloseTo(0.53, 2);
    expect(kvCacheBytes(shape, 32768, { kvType: 'q4_0' }) / f16).toBeCloseTo(0.28, 2);
    expect(kvCacheBytes(shape, 32768, { parallel: 4 })).toBe(4 * f16);
  });

  it('counts Gemma 3’s sliding-window layers (5 of every 6) at their window, not the whole context', () => {
    const shape = shapeFromMetadata(GEMMA3)!;
    expect(shape.swaLayers).toBe(29);
    expect(shape.slidingWindow).toBe(1024);
    const perLayer = 4 * 512 * 2;
    expect(shape.fullKvBytesPerTokenF16).toBe(5 * perLayer);
    expect(kvCacheBytes(shape, 131072)).toBe(5 * perLayer * 131072 + 29 * perLayer * 1024);
    // Without the window it would be 34 layers at the full context: over six times more.
    expect(34 * perLayer * 131072).toBeGreaterThan(6 * kvCacheBytes(shape, 131072));
  });

  it('keeps no KV cache for recurrent layers of a hybrid model (head_count_kv 0 per layer)', () => {
    const kv = [0, 0, 0, 8, 0, 0, 0, 8];
    const shape = shapeFromMetadata({
      'general.architecture': 'nemotron_h',
      'nemotron_h.block_count': 8,
      'nemotron_h.attention.head_count': 32,
      'nemotron_h.attention.head_count_kv': kv,
      'nemotron_h.attention.key_length': 128,
    })!;
    expect(shape.attentionLayers).toBe(2);
    expect(shape.fullKvBytesPerTokenF16).toBe(2 * 8 * 256 * 2);
  });

  it('gives no shape when the keys that size the KV cache are missing', () => {
    expect(shapeFromMetadata({ 'general.architecture': 'llama' })).toBeNull();
    expect(shapeFromMetadata({ 'llama.block_count': 32 })).toBeNull();
  });

  it('finds the largest context that fits a room, sliding window included', () => {
    const shape = shapeFromMetadata(LLAMA)!;
    expect(largestContext(shape, 4 * 2 ** 30)).toBe(32768);
    expect(largestContext(shape, 4 * 2 ** 30, { kvType: 'q8_0' })).toBeGreaterThan(60000);
  });

  it('the fit advisor uses the KV type and slots it is given', () => {
    const shape = shapeFromMetadata(LLAMA)!;
    const fit = (kvType?: 'q8_0') =>
      adviseFit({
        modelId: 'my-own-llama',
        context: 65536,
        kvType,
        knownWeightBytes: { bytes: 4.9e9, source: 'gguf' },
        shape: { kvBytesPerTokenF16: shape.fullKvBytesPerTokenF16, maxContext: shape.maxContext, vocab: shape.vocab },
        budgetBytes: 12e9,
        bandwidthGBs: null,
      });
    expect(fit().verdict).toBe('fits-smaller-context');
    expect(fit('q8_0').verdict).toBe('fits');
    expect(fit('q8_0').kvBytes! / fit().kvBytes!).toBeCloseTo(0.53, 2);
  });
});
