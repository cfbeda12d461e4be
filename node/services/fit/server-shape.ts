/**
 * A model's shape as its running server says it: Ollama's `/api/show` model_info (every GGUF
 * metadata key) and `/api/tags` size; llama.cpp's `/props` model path (its GGUF header, read
 * here when the file is on this machine) and `/v1/models` meta (n_params, size, n_embd,
 * n_ctx_train, n_vocab). Each call has a deadline; a failed call leaves its figures to the next source.
 */
import path from 'node:path';
import { msg } from '@shared/i18n/message';
import { shapeFromMetadata } from '@shared/fit/model-shape';
import type { ModelFacts } from '@shared/fit/model-facts';
import { httpRequest } from '@node/services/servers/http-client';
import { normalizeBaseUrl } from '@node/services/servers/probe';
import { readLocalGgufHeader } from './gguf-header';
import { factsFromGguf } from './gguf-facts';

/** Each server call's deadline. */
export const SERVER_SHAPE_TIMEOUT_MS = 5_000;
const MAX_BYTES = 8 * 1024 * 1024;

const asObject = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

async function getJson(url: string, body?: unknown): Promise<Record<string, unknown> | null> {
  const response = await httpRequest(url, {
    method: body === undefined ? 'GET' : 'POST',
    body,
    timeoutMs: SERVER_SHAPE_TIMEOUT_MS,
    maxBytes: MAX_BYTES,
  });
  return response.status === 200 ? asObject(response.json) : null;
}

/** Ollama: `/api/show` for the shape, `/api/tags` for the size on disk (what it loads). */
export async function ollamaFacts(baseUrl: string, model: string): Promise<ModelFacts | null> {
  const { origin } = normalizeBaseUrl(baseUrl);
  const [show, tags] = await Promise.all([getJson(`${origin}/api/show`, { model }), getJson(`${origin}/api/tags`)]);
  const info = asObject(show?.model_info);
  if (!show || !info) return null;
  const listed = (Array.isArray(tags?.models) ? tags.models : [])
    .map(asObject)
    .find((m) => m && (m.name === model || m.model === model || m.name === `${model}:latest`));
  const details = asObject(show.details);
  const quant = typeof details?.quantization_level === 'string' ? details.quantization_level : null;
  const size = asNumber(listed?.size);
  return {
    shape: shapeFromMetadata(info),
    weightBytes: size,
    quant,
    sources: { shape: 'ollama', weights: size !== null ? 'ollama' : null },
    assumptions: [],
  };
}

/** The dense-transformer rule for a shape the server does not give: layers from n_params and n_embd, 4 query heads per KV head. */
function estimateFromMeta(meta: Record<string, unknown>): ModelFacts['shape'] {
  const params = asNumber(meta.n_params);
  const embd = asNumber(meta.n_embd);
  const vocab = asNumber(meta.n_vocab);
  if (!params || !embd) return null;
  const layers = Math.min(128, Math.max(1, Math.round((params - 2 * (vocab ?? 0) * embd) / (12 * embd * embd))));
  return {
    architecture: 'unknown',
    fullKvBytesPerTokenF16: 2 * layers * (embd / 4) * 2,
    swaKvBytesPerTokenF16: 0,
    slidingWindow: null,
    layers,
    attentionLayers: layers,
    swaLayers: 0,
    maxContext: asNumber(meta.n_ctx_train),
    vocab,
    paramCount: params,
    activeShare: null,
    experts: null,
  };
}

/**
 * llama.cpp: the GGUF it runs (`/props` model_path) when this machine can read it, else the
 * `/v1/models` meta, whose size and vocabulary are exact and whose layers are estimated.
 */
export async function llamacppFacts(baseUrl: string): Promise<ModelFacts | null> {
  const { origin } = normalizeBaseUrl(baseUrl);
  const [models, props] = await Promise.all([getJson(`${origin}/v1/models`), getJson(`${origin}/props`)]);
  const entry = asObject((Array.isArray(models?.data) ? models.data : [])[0]);
  const meta = asObject(entry?.meta);
  const settings = asObject(props?.default_generation_settings);
  const slots = asNumber(props?.total_slots);
  const running = {
    serverContext: asNumber(settings?.n_ctx),
    serverParallel: slots,
  };
  const modelPath = typeof props?.model_path === 'string' ? props.model_path : null;
  // The path is the server's: it names a file here only when the server runs here and gave it whole.
  if (modelPath && path.isAbsolute(modelPath) && isLoopback(origin)) {
    const header = await readLocalGgufHeader(modelPath).catch(() => null);
    if (header) return { ...factsFromGguf(header, modelPath, 'gguf-file'), ...running };
  }
  if (!meta) return null;
  const shape = estimateFromMeta(meta);
  const size = asNumber(meta.size);
  return {
    shape,
    weightBytes: size,
    quant: null,
    sources: { shape: shape ? 'estimate' : null, weights: size !== null ? 'llamacpp' : null },
    assumptions: shape ? [msg('fit.assumed.shapeFromMeta', { layers: shape.layers })] : [],
    ...running,
  };
}
