/**
 * GGUF metadata of real models for tests, as llama.cpp's converter writes it (keys per ggml
 * docs/gguf.md): Llama 3.1 8B (config.json: 32 layers, 32 heads, 8 KV heads, head dim 128,
 * 131072 context, vocab 128256), Qwen3-30B-A3B (48 layers, 32 heads, 4 KV heads, head dim 128,
 * 128 experts, 8 used, 40960 context, vocab 151936) and Gemma 3 4B (the model_info of Ollama's
 * /api/show example, docs.ollama.com/api-reference/show-model-details: 34 layers, 4 KV heads,
 * key/value length 256, sliding window 1024). Tensor tables are cut to a few layers' worth.
 */
import type { GgufTensor, GgufValue } from '@test/helpers/gguf-writer';

export const DENSE_LLAMA: Record<string, GgufValue> = {
  'general.architecture': { str: 'llama' },
  'general.name': { str: 'Meta Llama 3.1 8B Instruct' },
  'llama.block_count': { u32: 32 },
  'llama.context_length': { u32: 131072 },
  'llama.embedding_length': { u32: 4096 },
  'llama.attention.head_count': { u32: 32 },
  'llama.attention.head_count_kv': { u32: 8 },
  'llama.vocab_size': { u32: 128256 },
  'llama.rope.freq_base': { f32: 500000 },
};

export const DENSE_TENSORS: GgufTensor[] = [
  { name: 'token_embd.weight', shape: [4096, 16] },
  { name: 'blk.0.attn_q.weight', shape: [4096, 64] },
  { name: 'blk.0.attn_k.weight', shape: [4096, 16] },
  { name: 'blk.0.ffn_up.weight', shape: [4096, 64] },
];

export const MOE_QWEN3: Record<string, GgufValue> = {
  'general.architecture': { str: 'qwen3moe' },
  'qwen3moe.block_count': { u32: 48 },
  'qwen3moe.context_length': { u32: 40960 },
  'qwen3moe.embedding_length': { u32: 2048 },
  'qwen3moe.attention.head_count': { u32: 32 },
  'qwen3moe.attention.head_count_kv': { u32: 4 },
  'qwen3moe.attention.key_length': { u32: 128 },
  'qwen3moe.attention.value_length': { u32: 128 },
  'qwen3moe.expert_count': { u32: 128 },
  'qwen3moe.expert_used_count': { u32: 8 },
  'qwen3moe.vocab_size': { u32: 151936 },
};

/** One layer: attention and router dense, the experts stacked in `*_exps` tensors (768 × 2048 × 128 each). */
export const MOE_TENSORS: GgufTensor[] = [
  { name: 'blk.0.attn_q.weight', shape: [2048, 4096] },
  { name: 'blk.0.attn_k.weight', shape: [2048, 512] },
  { name: 'blk.0.attn_v.weight', shape: [2048, 512] },
  { name: 'blk.0.attn_output.weight', shape: [4096, 2048] },
  { name: 'blk.0.ffn_gate_inp.weight', shape: [2048, 128] },
  { name: 'blk.0.ffn_gate_exps.weight', shape: [2048, 768, 128] },
  { name: 'blk.0.ffn_up_exps.weight', shape: [2048, 768, 128] },
  { name: 'blk.0.ffn_down_exps.weight', shape: [768, 2048, 128] },
];

export const GEMMA3_SWA: Record<string, GgufValue> = {
  'general.architecture': { str: 'gemma3' },
  'gemma3.block_count': { u32: 34 },
  'gemma3.context_length': { u32: 131072 },
  'gemma3.embedding_length': { u32: 2560 },
  'gemma3.attention.head_count': { u32: 8 },
  'gemma3.attention.head_count_kv': { u32: 4 },
  'gemma3.attention.key_length': { u32: 256 },
  'gemma3.attention.value_length': { u32: 256 },
  'gemma3.attention.sliding_window': { u32: 1024 },
};

/**
 * Qwen3-Next-80B-A3B (config.json: 48 layers, full_attention_interval 4, 2 KV heads, head dim 256,
 * 512 experts, 10 used): llama.cpp's converter writes `full_attention_interval`, and only every
 * 4th layer keeps a KV cache — the rest are gated delta-net (recurrent) layers.
 */
export const HYBRID_QWEN3NEXT: Record<string, GgufValue> = {
  'general.architecture': { str: 'qwen3next' },
  'qwen3next.block_count': { u32: 48 },
  'qwen3next.context_length': { u32: 262144 },
  'qwen3next.embedding_length': { u32: 2048 },
  'qwen3next.attention.head_count': { u32: 16 },
  'qwen3next.attention.head_count_kv': { u32: 2 },
  'qwen3next.attention.key_length': { u32: 256 },
  'qwen3next.attention.value_length': { u32: 256 },
  'qwen3next.full_attention_interval': { u32: 4 },
  'qwen3next.expert_count': { u32: 512 },
  'qwen3next.expert_used_count': { u32: 10 },
};

/**
 * Nemotron-H 8B (config.json hybrid_override_pattern "M-M-M-MM*-M-M-M-M-…": 52 layers of which 4
 * attend, 8 KV heads, head dim 128): llama.cpp writes `head_count_kv` per layer, 0 for Mamba-2 and MLP layers.
 */
const NEMOTRON_ATTENTION = new Set([7, 18, 29, 40]);
export const HYBRID_NEMOTRON_H: Record<string, GgufValue> = {
  'general.architecture': { str: 'nemotron_h' },
  'nemotron_h.block_count': { u32: 52 },
  'nemotron_h.context_length': { u32: 8192 },
  'nemotron_h.embedding_length': { u32: 4096 },
  'nemotron_h.attention.head_count': { u32: 32 },
  'nemotron_h.attention.head_count_kv': {
    u32s: Array.from({ length: 52 }, (_, i) => (NEMOTRON_ATTENTION.has(i) ? 8 : 0)),
  },
  'nemotron_h.attention.key_length': { u32: 128 },
  'nemotron_h.attention.value_length': { u32: 128 },
};
