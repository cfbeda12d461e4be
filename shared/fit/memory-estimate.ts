/**
 * How much memory a model needs to run in llama.cpp: weights + KV cache + the compute
 * buffer llama.cpp allocates for one micro-batch. The compute buffer is calibrated on
 * measured rows (shared/fit/measurements.json, checked by measurements.test.ts and
 * printed by `npm run bench`): it scales with the vocabulary, because the largest
 * tensors of a micro-batch are its logits (n_ubatch × n_vocab × 4 bytes) and the
 * activations around them.
 */

/** llama.cpp's default micro-batch (`-ub`, n_ubatch). */
export const UBATCH = 512;
/**
 * Compute buffer ÷ logits size. Calibrated on llama.cpp's fit-params example (Qwen3-30B-A3B
 * F16, 4096 tokens, RTX 4090: 898 MiB compute, vocab 151,936 → 512 × 151,936 × 4 B = 297 MiB).
 */
export const COMPUTE_PER_LOGITS = 3;
/** The vocabulary assumed when the model's is unknown (Llama 3's 128,256). */
export const DEFAULT_VOCAB = 128_256;

export function computeBufferBytes(vocab: number = DEFAULT_VOCAB): number {
  return COMPUTE_PER_LOGITS * UBATCH * vocab * 4;
}

export interface MemoryEstimateInput {
  weightBytes: number;
  kvBytesPerToken: number;
  context: number;
  vocab?: number;
}

export interface MemoryEstimate {
  weightBytes: number;
  kvBytes: number;
  computeBytes: number;
  totalBytes: number;
}

export function estimateMemory(input: MemoryEstimateInput): MemoryEstimate {
  const kvBytes = input.kvBytesPerToken * input.context;
  const computeBytes = computeBufferBytes(input.vocab);
  return {
    weightBytes: input.weightBytes,
    kvBytes,
    computeBytes,
    totalBytes: input.weightBytes + kvBytes + computeBytes,
  };
}

/** Weights from a parameter count and bits per weight (vLLM and safetensors checkpoints load exactly this). */
export function weightBytesFromParams(params: number, bitsPerWeight: number): number {
  return (params * bitsPerWeight) / 8;
}
