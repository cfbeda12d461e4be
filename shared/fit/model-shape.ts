/**
 * A model's shape as its own metadata says it — a GGUF header, or the same keys in Ollama's
 * `/api/show` model_info — and the KV cache it needs at a context, KV cache type and number of
 * parallel slots. Sliding-window layers hold at most their window; layers without KV heads
 * (recurrent ones in hybrid models) hold none.
 */
import { z } from 'zod';

/** Where a figure came from, most exact first. */
export const SHAPE_SOURCES = [
  'gguf-file',
  'gguf-url',
  'ollama',
  'llamacpp',
  'lmstudio',
  'mlx',
  'server',
  'catalog',
  'estimate',
  'option',
] as const;
export type ShapeSource = (typeof SHAPE_SOURCES)[number];

/** KV cache element types llama.cpp (`-ctk/-ctv`), Ollama (`OLLAMA_KV_CACHE_TYPE`) and LM Studio offer. */
export const KV_TYPES = ['f16', 'q8_0', 'q4_0'] as const;
export type KvType = (typeof KV_TYPES)[number];
/** Bytes per element: f16 is 2; q8_0 packs 32 values in 34 bytes, q4_0 in 18 (ggml's block sizes). */
export const KV_BYTES_PER_ELEMENT: Record<KvType, number> = { f16: 2, q8_0: 34 / 32, q4_0: 18 / 32 };

export const modelShapeSchema = z.object({
  architecture: z.string(),
  /** KV cache bytes per token at f16 over the layers with full attention. */
  fullKvBytesPerTokenF16: z.number(),
  /** The same over the sliding-window layers (0 when there are none). */
  swaKvBytesPerTokenF16: z.number(),
  /** Tokens a sliding-window layer keeps (null: no sliding window). */
  slidingWindow: z.number().nullable(),
  layers: z.number(),
  /** Layers that keep a KV cache at all (hybrid models have recurrent layers that do not). */
  attentionLayers: z.number(),
  swaLayers: z.number(),
  maxContext: z.number().nullable(),
  vocab: z.number().nullable(),
  paramCount: z.number().nullable(),
  /** Share of the parameters one token reads (MoE: shared + the experts used), when known. */
  activeShare: z.number().nullable(),
  experts: z.object({ count: z.number(), used: z.number() }).nullable(),
  /** Share of the weights in MoE expert tensors (`*_exps`): what `--cpu-moe` moves off the GPU; null when unknown. */
  expertShare: z.number().nullable().optional(),
  /** Attention (query) heads of the widest layer: sizes the score matrix llama.cpp keeps without flash attention. */
  headCount: z.number().nullable().optional(),
});
export type ModelShape = z.infer<typeof modelShapeSchema>;

/** llama.cpp's sliding-window pattern for architectures whose GGUF does not write one: every Nth layer is global. */
const SWA_EVERY: Record<string, number> = { gemma2: 2, gemma3: 6, cohere2: 4, 'gpt-oss': 2 };

type Metadata = Readonly<Record<string, unknown>>;
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'bigint' ? Number(value) : null;

/** One value per layer: an array as given, or one number for every layer. */
function perLayer(value: unknown, layers: number): number[] | null {
  if (Array.isArray(value)) {
    const numbers = value.map(asNumber);
    return numbers.length === layers && numbers.every((n) => n !== null) ? (numbers as number[]) : null;
  }
  const n = asNumber(value);
  return n === null ? null : Array.from({ length: layers }, () => n);
}

/** Which layers use the sliding window: the GGUF's own per-layer pattern, else the architecture's. */
function swaFlags(meta: Metadata, arch: string, layers: number, window: number | null): boolean[] {
  if (window === null) return Array.from({ length: layers }, () => false);
  const pattern = meta[`${arch}.attention.sliding_window_pattern`];
  if (Array.isArray(pattern) && pattern.length === layers) return pattern.map(Boolean);
  const every = asNumber(pattern) ?? SWA_EVERY[arch] ?? null;
  // A window with no pattern: every layer slides (Mistral 7B v0.1's style).
  return Array.from({ length: layers }, (_, i) => (every === null ? true : (i + 1) % every !== 0));
}

export interface TensorInfo {
  name: string;
  shape: readonly (number | bigint)[];
}

/** The share of the weights in expert tensors (`*_exps`); 0 for a dense model, null when the tensors are not known. */
function expertShareOf(tensors: readonly TensorInfo[] | undefined, experts: ModelShape['experts']): number | null {
  if (!experts) return 0;
  if (!tensors?.length) return null;
  let total = 0;
  let expert = 0;
  for (const t of tensors) {
    const n = t.shape.reduce<number>((a, b) => a * Number(b), 1);
    total += n;
    if (t.name.includes('_exps')) expert += n;
  }
  return total ? expert / total : null;
}

/** The share of the weights one token reads: all but the unused experts'. */
function activeShareOf(expertShare: number | null, experts: ModelShape['experts']): number | null {
  if (!experts) return 1;
  return expertShare === null ? null : 1 - expertShare * (1 - experts.used / experts.count);
}

/**
 * Which layers are recurrent (keep no KV cache): Qwen3-Next writes `full_attention_interval`
 * (every Nth layer attends, the rest are gated delta-net layers; llama.cpp's qwen3next loader);
 * Nemotron-H, Jamba and LFM2 write `head_count_kv` 0 for theirs, which `perLayer` already reads.
 */
function recurrentFlags(meta: Metadata, arch: string, layers: number): boolean[] {
  const interval = asNumber(meta[`${arch}.full_attention_interval`]);
  return Array.from({ length: layers }, (_, i) => (interval ? (i + 1) % interval !== 0 : false));
}

/**
 * The shape from GGUF metadata keys (`<arch>.block_count`, `<arch>.attention.head_count_kv`,
 * `key_length`/`value_length`, `sliding_window`, `context_length`, `expert_count`…); null when the
 * keys that size the KV cache are missing.
 */
export function shapeFromMetadata(meta: Metadata, tensors?: readonly TensorInfo[]): ModelShape | null {
  const arch = typeof meta['general.architecture'] === 'string' ? meta['general.architecture'] : '';
  const get = (key: string) => asNumber(meta[`${arch}.${key}`]);
  const layers = get('block_count');
  if (!arch || !layers) return null;
  const heads = perLayer(meta[`${arch}.attention.head_count`], layers);
  const recurrent = recurrentFlags(meta, arch, layers);
  const kvHeads = (perLayer(meta[`${arch}.attention.head_count_kv`], layers) ?? heads)?.map((n, i) =>
    recurrent[i] ? 0 : n,
  );
  const embd = get('embedding_length');
  const keyLength = get('attention.key_length') ?? (embd && heads?.[0] ? embd / heads[0] : null);
  const valueLength = get('attention.value_length') ?? keyLength;
  if (!kvHeads || keyLength === null || valueLength === null) return null;
  const window = get('attention.sliding_window');
  const slides = swaFlags(meta, arch, layers, window);
  let full = 0;
  let swa = 0;
  kvHeads.forEach((n, i) => {
    const bytes = n * (keyLength + valueLength) * 2;
    if (slides[i]) swa += bytes;
    else full += bytes;
  });
  const expertCount = get('expert_count');
  const expertUsed = get('expert_used_count');
  const experts = expertCount && expertUsed ? { count: expertCount, used: expertUsed } : null;
  const expertShare = expertShareOf(tensors, experts);
  const tokens = meta['tokenizer.ggml.tokens'];
  const fromTensors = tensors?.reduce((sum, t) => sum + t.shape.reduce<number>((a, b) => a * Number(b), 1), 0);
  return {
    architecture: arch,
    fullKvBytesPerTokenF16: full,
    swaKvBytesPerTokenF16: swa,
    slidingWindow: swa ? window : null,
    layers,
    attentionLayers: kvHeads.filter((n) => n > 0).length,
    swaLayers: slides.filter((s, i) => s && kvHeads[i]! > 0).length,
    maxContext: get('context_length'),
    vocab: get('vocab_size') ?? (Array.isArray(tokens) ? tokens.length : null),
    paramCount: asNumber(meta['general.parameter_count']) ?? (fromTensors || null),
    activeShare: activeShareOf(expertShare, experts),
    experts,
    expertShare,
    headCount: heads ? Math.max(...heads) : null,
  };
}

export interface KvOptions {
  kvType?: KvType;
  /** Parallel slots (`-np`, `OLLAMA_NUM_PARALLEL`): each one holds its own context. */
  parallel?: number;
}

type KvShape = Pick<ModelShape, 'fullKvBytesPerTokenF16' | 'swaKvBytesPerTokenF16' | 'slidingWindow'>;

/** The KV cache at `context` tokens per slot: full layers hold every token, sliding-window layers their window. */
export function kvCacheBytes(shape: KvShape, context: number, options: KvOptions = {}): number {
  const scale = KV_BYTES_PER_ELEMENT[options.kvType ?? 'f16'] / 2;
  const slots = options.parallel ?? 1;
  const swaTokens = Math.min(context, shape.slidingWindow ?? context);
  return slots * scale * (shape.fullKvBytesPerTokenF16 * context + shape.swaKvBytesPerTokenF16 * swaTokens);
}

/** The largest count of tokens (a multiple of 1024, at most `ceiling`) whose bytes fit in `room`; 0 when none does. */
export function largestTokens(bytesAt: (tokens: number) => number, room: number, ceiling = 10_000_000): number {
  let low = 0;
  let high = Math.floor(ceiling / 1024);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bytesAt(mid * 1024) <= room) low = mid;
    else high = mid - 1;
  }
  return low * 1024;
}

/** The largest context (a multiple of 1024) whose KV cache fits in `room` bytes; 0 when none does. */
export function largestContext(shape: KvShape, room: number, options: KvOptions = {}, ceiling = 10_000_000): number {
  return largestTokens((tokens) => kvCacheBytes(shape, tokens, options), room, ceiling);
}
