/**
 * A model's facts as LM Studio says them: its REST model info (`/api/v1/models`, 0.4+: size_bytes,
 * quantization, format, max_context_length, and a loaded instance's context_length, parallel and
 * flash_attention; `/api/v0/models`, 0.3.x: quantization, max_context_length, loaded_context_length)
 * and — when the server runs on this machine — the model's own file in LM Studio's models folder
 * (`~/.lmstudio/models/<publisher>/<repo>/`: a GGUF header or an MLX folder's config.json), which
 * gives the layers and KV heads the REST info does not. Each call has a deadline.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ModelFacts } from '@shared/fit/model-facts';
import { msg } from '@shared/i18n/message';
import { httpRequest } from '@node/services/servers/http-client';
import { normalizeBaseUrl } from '@node/services/servers/probe';
import { readLocalGgufHeader } from './gguf-header';
import { factsFromGguf } from './gguf-facts';
import { isModelFolder, readMlxFolderFacts } from './mlx-folder';
import { SERVER_SHAPE_TIMEOUT_MS } from './server-shape';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** LM Studio's models folders: 0.3+ (`~/.lmstudio/models`) and the older `~/.cache/lm-studio/models`. */
export const LMSTUDIO_MODEL_ROOTS = ['.lmstudio/models', '.cache/lm-studio/models'] as const;

async function getJson(url: string): Promise<Json | null> {
  const response = await httpRequest(url, { method: 'GET', timeoutMs: SERVER_SHAPE_TIMEOUT_MS, maxBytes: 8 * 2 ** 20 });
  return response.status === 200 ? obj(response.json) : null;
}

/** What the REST info says of one model (0.4's `/api/v1/models`, else 0.3's `/api/v0/models`). */
export interface LmStudioInfo {
  sizeBytes: number | null;
  quant: string | null;
  format: string | null;
  maxContext: number | null;
  loadedContext: number | null;
  parallel: number | null;
  flashAttention: boolean | null;
}

export async function lmstudioInfo(baseUrl: string, id: string): Promise<LmStudioInfo | null> {
  const { origin } = normalizeBaseUrl(baseUrl);
  const v1 = await getJson(`${origin}/api/v1/models`).catch(() => null);
  const entry = (Array.isArray(v1?.models) ? v1.models : []).map(obj).find((m) => m?.key === id);
  if (entry) {
    const instance = obj(obj((Array.isArray(entry.loaded_instances) ? entry.loaded_instances : [])[0])?.config);
    return {
      sizeBytes: num(entry.size_bytes),
      quant: str(obj(entry.quantization)?.name),
      format: str(entry.format),
      maxContext: num(entry.max_context_length),
      loadedContext: num(instance?.context_length),
      parallel: num(instance?.parallel),
      flashAttention: typeof instance?.flash_attention === 'boolean' ? instance.flash_attention : null,
    };
  }
  const v0 = await getJson(`${origin}/api/v0/models`).catch(() => null);
  const old = (Array.isArray(v0?.data) ? v0.data : []).map(obj).find((m) => m?.id === id);
  if (!old) return null;
  return {
    sizeBytes: null,
    quant: str(old.quantization),
    format: str(old.compatibility_type),
    maxContext: num(old.max_context_length),
    loadedContext: num(old.loaded_context_length),
    parallel: null,
    flashAttention: null,
  };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter((w) => w && w !== 'gguf' && w !== 'mlx');

/**
 * The model's file in LM Studio's models folder: a `<publisher>/<repo>` folder whose name holds every
 * word of the model key's name (`qwen/qwen3-4b-2507` → `lmstudio-community/Qwen3-4B-Instruct-2507-GGUF`),
 * then its GGUF of the quantisation (not a vision projector), or the folder itself when it is MLX.
 */
export async function findLmStudioFile(home: string, id: string, quant: string | null): Promise<string | null> {
  const wanted = words(id.split('/').pop() ?? id);
  for (const root of LMSTUDIO_MODEL_ROOTS) {
    const base = path.join(home, root);
    const publishers = await readdir(base, { withFileTypes: true }).catch(() => []);
    for (const publisher of publishers.filter((d) => d.isDirectory())) {
      const repos = await readdir(path.join(base, publisher.name), { withFileTypes: true }).catch(() => []);
      for (const repo of repos.filter((d) => d.isDirectory())) {
        const have = words(repo.name);
        if (!wanted.every((w) => have.includes(w))) continue;
        const folder = path.join(base, publisher.name, repo.name);
        if (await isModelFolder(folder)) return folder;
        const ggufs = (await readdir(folder).catch(() => [])).filter(
          (name) => name.toLowerCase().endsWith('.gguf') && !name.toLowerCase().startsWith('mmproj'),
        );
        const pick = ggufs.find((name) => quant && name.toLowerCase().includes(quant.toLowerCase())) ?? ggufs[0];
        if (pick) return path.join(folder, pick);
      }
    }
  }
  return null;
}

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** LM Studio's facts: the size and settings its REST info gives, the shape from its file when this machine has it. */
export async function lmstudioFacts(baseUrl: string, id: string, home: string): Promise<ModelFacts | null> {
  const info = await lmstudioInfo(baseUrl, id);
  if (!info) return null;
  const running = {
    serverContext: info.loadedContext,
    // LM Studio's loaded context is one KV cache its concurrent predictions share (its llama.cpp engine
    // runs a unified cache: llama.cpp src/llama-context.cpp gives each sequence n_ctx when kv_unified;
    // LM Studio 0.4's parallel requests add no memory per slot): memory follows the context, not the slots.
    serverParallel: null,
    serverFlashAttention: info.flashAttention,
  };
  const file = isLoopback(normalizeBaseUrl(baseUrl).origin) ? await findLmStudioFile(home, id, info.quant) : null;
  const own = file
    ? await (
        file.toLowerCase().endsWith('.gguf')
          ? readLocalGgufHeader(file).then((header) => factsFromGguf(header, file, 'gguf-file'))
          : readMlxFolderFacts(file)
      ).catch(() => null)
    : null;
  if (own)
    return {
      ...own,
      // LM Studio's size counts every file it loads (all shards; the projector of a vision model).
      weightBytes: info.sizeBytes ?? own.weightBytes,
      quant: info.quant ?? own.quant,
      sources: { shape: own.sources.shape, weights: info.sizeBytes !== null ? 'lmstudio' : own.sources.weights },
      ...running,
    };
  return {
    shape: null,
    weightBytes: info.sizeBytes,
    quant: info.quant,
    sources: { shape: null, weights: info.sizeBytes !== null ? 'lmstudio' : null },
    assumptions: [],
    shapeMissing: msg('fitAnswers.lmstudio.noShape'),
    ...running,
  };
}
