/**
 * A model's facts from an MLX (or any Hugging Face safetensors) folder: the shape from `config.json`
 * (num_hidden_layers, num_key_value_heads, head_dim, layer_types / sliding_window_pattern, experts,
 * Qwen3-Next's full_attention_interval, Nemotron-H's hybrid_override_pattern; a `text_config` for
 * vision models), the weights from `model.safetensors.index.json`'s total_size (else the files'
 * sizes), and the experts' share from the safetensors headers (8-byte length + JSON, read bounded).
 * The config is turned into GGUF-style keys so one reader (shapeFromMetadata) sizes both.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@shared/api/problem';
import { guessQuant } from '@shared/fit/catalog';
import type { ModelFacts } from '@shared/fit/model-facts';
import { shapeFromMetadata, type TensorInfo } from '@shared/fit/model-shape';
import { msg } from '@shared/i18n/message';

/** The largest config.json, index or safetensors header read. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

type Json = Record<string, unknown>;
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

async function readJson(file: string): Promise<Json | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.size > MAX_JSON_BYTES) return null;
  const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** Whether a folder holds a Hugging Face / MLX model (a config.json). */
export async function isModelFolder(folder: string): Promise<boolean> {
  const [dir, config] = await Promise.all([
    stat(folder).catch(() => null),
    stat(path.join(folder, 'config.json')).catch(() => null),
  ]);
  return !!dir?.isDirectory() && !!config?.isFile();
}

/** config.json as GGUF metadata keys under `general.architecture`. */
export function metadataFromConfig(outer: Json): Json {
  const config =
    outer.text_config && typeof outer.text_config === 'object' ? { ...outer, ...(outer.text_config as Json) } : outer;
  const arch = typeof config.model_type === 'string' ? config.model_type : 'hf';
  const layers = num(config.num_hidden_layers) ?? 0;
  const heads = num(config.num_attention_heads);
  const kvHeads = num(config.num_key_value_heads) ?? heads;
  const hidden = num(config.hidden_size);
  const headDim = num(config.head_dim) ?? (hidden && heads ? hidden / heads : null);
  const types = Array.isArray(config.layer_types) ? (config.layer_types as unknown[]).map(String) : null;
  const hybrid = typeof config.hybrid_override_pattern === 'string' ? config.hybrid_override_pattern : null;
  // Layers that keep no KV cache: linear attention (Qwen3-Next), Mamba and MLP blocks (Nemotron-H: only '*' attends).
  const attends = (i: number) =>
    hybrid ? hybrid[i] === '*' : types ? !/linear|mamba|recurrent|conv/.test(types[i] ?? '') : true;
  const key = (name: string) => `${arch}.${name}`;
  const meta: Json = {
    'general.architecture': arch,
    [key('block_count')]: layers,
    [key('context_length')]: num(config.max_position_embeddings),
    [key('embedding_length')]: hidden,
    [key('attention.head_count')]: heads,
    [key('attention.head_count_kv')]: Array.from({ length: layers }, (_, i) => (attends(i) ? kvHeads : 0)),
    [key('attention.key_length')]: headDim,
    [key('attention.value_length')]: headDim,
    [key('vocab_size')]: num(config.vocab_size),
    [key('expert_count')]: num(config.num_experts) ?? num(config.num_local_experts) ?? num(config.n_routed_experts),
    [key('expert_used_count')]: num(config.num_experts_per_tok),
  };
  if (!types && !hybrid && num(config.full_attention_interval))
    meta[key('full_attention_interval')] = config.full_attention_interval;
  const window = num(config.sliding_window);
  if (window && config.use_sliding_window !== false) {
    meta[key('attention.sliding_window')] = window;
    meta[key('attention.sliding_window_pattern')] = types
      ? types.map((t) => t === 'sliding_attention')
      : (num(config.sliding_window_pattern) ?? undefined);
  }
  return meta;
}

/** The tensors of one safetensors file as names and byte sizes (its header only). */
async function safetensorsTensors(file: string): Promise<TensorInfo[]> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    const length = Number(head.readBigUInt64LE());
    if (length <= 0 || length > MAX_JSON_BYTES) return [];
    const body = Buffer.alloc(length);
    await handle.read(body, 0, length, 8);
    const header = JSON.parse(body.toString('utf8')) as Record<string, { data_offsets?: [number, number] }>;
    return Object.entries(header)
      .filter(([name, t]) => name !== '__metadata__' && Array.isArray(t.data_offsets))
      .map(([name, t]) => ({
        // Hugging Face names experts `…mlp.experts.N…`, MLX `…switch_mlp…`: GGUF's `_exps`.
        name: /\.experts\.|switch_mlp/.test(name) ? `${name}_exps` : name,
        shape: [t.data_offsets![1] - t.data_offsets![0]],
      }));
  } finally {
    await handle.close();
  }
}

export async function readMlxFolderFacts(folder: string): Promise<ModelFacts> {
  const config = await readJson(path.join(folder, 'config.json')).catch(() => null);
  if (!config) throw new AppError('INVALID_INPUT', msg('fitAnswers.mlx.noConfig', { folder }));
  const files = (await readdir(folder)).filter((name) => name.endsWith('.safetensors')).sort();
  const index = await readJson(path.join(folder, 'model.safetensors.index.json')).catch(() => null);
  const indexed = num((index?.metadata as Json | undefined)?.total_size);
  const sizes = await Promise.all(files.map((name) => stat(path.join(folder, name)).then((s) => s.size)));
  const weightBytes = indexed ?? (sizes.length ? sizes.reduce((a, b) => a + b, 0) : null);
  const tensors = (
    await Promise.all(files.map((name) => safetensorsTensors(path.join(folder, name)).catch(() => [])))
  ).flat();
  const shape = shapeFromMetadata(metadataFromConfig(config), tensors.length ? tensors : undefined);
  if (!shape)
    throw new AppError(
      'INVALID_INPUT',
      msg('hardware.gguf.noAttentionShape', { file: path.join(folder, 'config.json') }),
    );
  const q = config.quantization ?? config.quantization_config;
  const bits = num((q as Json | undefined)?.bits);
  const group = num((q as Json | undefined)?.group_size);
  const quant = bits
    ? (guessQuant(`${bits}bit-gs${group ?? 64}`)?.quant ?? null)
    : (guessQuant(path.basename(folder))?.quant ?? null);
  const bpw = quant ? guessQuant(quant)?.bpw : undefined;
  return {
    // config.json gives no parameter count: the files' size over the bits per weight, when the quantisation says them.
    shape: { ...shape, paramCount: weightBytes !== null && bpw ? (weightBytes * 8) / bpw : null },
    weightBytes,
    quant,
    sources: { shape: 'mlx', weights: weightBytes !== null ? 'mlx' : null },
    assumptions: [],
  };
}
