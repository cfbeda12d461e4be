/**
 * Where each kind of local model server listens by default — the one place that knows
 * the ports and the OpenAI-compatible base URL Claw Control probes, used by the presets,
 * the servers service (a bundled provider without `baseUrl`), the check-up and the checks.
 *
 * Ports: reference/servers.md (LM Studio 1234 §1, Ollama 11434 §2, vLLM 8000 §3, LiteLLM
 * 4000 §4, llama-server 8080 §5). SGLang's 30000 and the bundled providers' defaults are
 * OpenClaw 2026.9.6's own (extensions/{lmstudio/src,ollama/src,vllm,sglang}/defaults.ts,
 * extensions/litellm/onboard.ts). OpenClaw writes LM Studio and LiteLLM as `localhost`
 * and Ollama without `/v1` (its native API); we probe the same port on 127.0.0.1 under
 * `/v1`, the OpenAI-compatible path every one of these servers also answers.
 */

export const DEFAULT_PORTS = {
  lmstudio: 1234,
  ollama: 11434,
  vllm: 8000,
  litellm: 4000,
  sglang: 30000,
  llamacpp: 8080,
  /** ggml-org's Llama app (its llama-server), OpenClaw's `llama-app` provider (issue 26). */
  'llama-app': 9931,
} as const;

export type DefaultServer = keyof typeof DEFAULT_PORTS;

/** OpenClaw's bundled local providers (a subset of its built-in overlay ids): they may leave out `baseUrl`. */
export const BUNDLED_LOCAL_SERVERS = ['lmstudio', 'ollama', 'vllm', 'sglang', 'litellm'] as const;

/** The OpenAI-compatible base URL of a server of this kind on this machine. */
export function defaultBaseUrl(server: DefaultServer): string {
  return `http://127.0.0.1:${DEFAULT_PORTS[server]}/v1`;
}

/** The base URL OpenClaw uses for a bundled local provider that gives none (null for any other id). */
export function bundledDefaultBaseUrl(providerId: string): string | null {
  const id = providerId.toLowerCase();
  return (BUNDLED_LOCAL_SERVERS as readonly string[]).includes(id) ? defaultBaseUrl(id as DefaultServer) : null;
}
