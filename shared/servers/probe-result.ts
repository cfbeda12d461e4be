/**
 * What probing a model server finds (F3), as the contract carries it: the server kind,
 * reach and latency, version, the models it lists with loaded state and context lengths
 * where it tells, and — when something is wrong — the guidance's advice for it.
 */
import { z } from 'zod';
import { clusterSnapshotSchema } from '../cluster/cluster';
import { messageSchema } from '../i18n/message';

export const SERVER_KINDS = [
  'lmstudio',
  'ollama',
  'vllm',
  'litellm',
  'llamacpp',
  'llama-app',
  'exo',
  'openai-compatible',
] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

/**
 * Kinds that serve llama.cpp's server API (/health, /props with n_ctx per slot and total_slots,
 * /v1/*): llama-server itself, and ggml-org's Llama app, which runs llama-server on port 9931
 * (OpenClaw's `llama-app` provider, issue 26) — probed, checked and kept warm the same way.
 */
export function servesLlamaCppApi(kind: ServerKind | null | undefined): boolean {
  return kind === 'llamacpp' || kind === 'llama-app';
}

export const probedModelSchema = z.object({
  id: z.string(),
  /** null when the server does not say (vLLM/llama.cpp single-model servers are always loaded). */
  loaded: z.boolean().nullable(),
  contextLength: z.number().nullable(),
  maxContextLength: z.number().nullable(),
  vision: z.boolean().nullable(),
  sizeBytes: z.number().nullable(),
  /** The quantisation the server names (LM Studio, Ollama), e.g. Q4_K_M, MXFP4, 4bit. */
  quant: z.string().nullable(),
  type: z.enum(['llm', 'embedding']).nullable(),
  /** The name the server shows for the model (LM Studio's `display_name`), when it gives one. */
  displayName: z.string().nullable().optional(),
  /** The most tokens the server lets the model write (LiteLLM's `model_info.max_output_tokens`). */
  maxOutputTokens: z.number().nullable().optional(),
});
export type ProbedModel = z.infer<typeof probedModelSchema>;

export const serverProblemSchema = z.object({
  /** `not-answering`: up and listing (health "ok") but a real 1-token completion fails (llama.cpp#27309). */
  code: z.enum([
    'unreachable',
    'timeout',
    'auth',
    'server-error',
    'not-openai',
    'too-large',
    'bad-url',
    'not-answering',
  ]),
  /** What failed, e.g. "http://127.0.0.1:1234/v1: connection refused at 127.0.0.1:1234". */
  message: messageSchema,
  /** The guidance's advice for it. */
  advice: messageSchema,
});
export type ServerProblem = z.infer<typeof serverProblemSchema>;

export const serverProbeSchema = z.object({
  baseUrl: z.string(),
  kind: z.enum(SERVER_KINDS).nullable(),
  reachable: z.boolean(),
  latencyMs: z.number().nullable(),
  version: z.string().nullable(),
  /** LM Studio's native REST API: v1 (≥ 0.4: load/unload), v0 (loaded state only), none. */
  lmstudioRest: z.enum(['v1', 'v0', 'none']).nullable(),
  /** Whether `/v1/responses` exists (checked only when asked). */
  responsesApi: z.boolean().nullable(),
  models: z.array(probedModelSchema),
  problem: serverProblemSchema.nullable(),
  probedAt: z.string(),
  /** A distributed engine's nodes and placements (exo's /state). */
  cluster: clusterSnapshotSchema.nullable().optional(),
});
export type ServerProbe = z.infer<typeof serverProbeSchema>;

export const SERVER_LABELS: Record<ServerKind, string> = {
  lmstudio: 'LM Studio',
  ollama: 'Ollama',
  vllm: 'vLLM',
  litellm: 'LiteLLM',
  llamacpp: 'llama.cpp',
  'llama-app': 'Llama app',
  exo: 'exo',
  'openai-compatible': 'OpenAI-compatible server',
};

/** One local provider's server, as `getServerStatuses` reports it. */
export interface ProviderServerStatus {
  providerId: string;
  baseUrl: string;
  probe: ServerProbe;
}

/** The model a server lists under a configured id: the exact id, else the same id in another case. */
export function findProbedModel(probe: ServerProbe, modelId: string): ProbedModel | null {
  return (
    probe.models.find((m) => m.id === modelId) ??
    probe.models.find((m) => m.id.toLowerCase() === modelId.toLowerCase()) ??
    null
  );
}

/** Looks up what a provider's running server says about one of its models (null when it is down or silent). */
export function servedModels(
  statuses: readonly Omit<ProviderServerStatus, 'baseUrl'>[],
): (providerId: string, modelId: string) => ProbedModel | null {
  return (providerId, modelId) => {
    const probe = statuses.find((s) => s.providerId === providerId)?.probe;
    return probe && !probe.problem ? findProbedModel(probe, modelId) : null;
  };
}
