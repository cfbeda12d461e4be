/**
 * Provider presets with the guidance's values (seeds; reference/openclaw-config.md and
 * servers.md). Local servers get `timeoutSeconds` for cold loads;
 * hosted keys come from environment variables, never plaintext. Where a preset differs
 * from the seed's block, `differences` says why (shown when the preset is picked).
 * Ports and base URLs come from shared/servers/defaults.ts.
 */
import { msg, type Message } from '../i18n/message';
import { DEFAULT_PORTS, defaultBaseUrl, type DefaultServer } from '../servers/defaults';
import { LOCAL_TIMEOUT_SECONDS } from '../rules/config/providers';
import { BUNDLED_PROVIDER_IDS, type ModelApi } from './openclaw-schema';

export const PRESET_IDS = [
  'lmstudio',
  'vllm',
  'litellm',
  'ollama',
  'llamacpp',
  'llama-app',
  'openrouter',
  'anthropic',
  'custom',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ProviderPreset {
  /** The provider id the preset suggests. */
  id: string;
  label: string;
  location: 'local' | 'hosted';
  provider: Record<string, unknown>;
  /** What a hosted preset needs under an id OpenClaw does not bundle (custom providers need baseUrl and models). */
  unbundled?: Record<string, unknown>;
  /** Why this preset is not the seed's block word for word (seed.preset* messages). */
  differences: Message[];
}

/** Every local preset adds `timeoutSeconds`, which the seed's blocks leave out. */
const TIMEOUT_NOTE = msg('seed.presetTimeout', { seconds: LOCAL_TIMEOUT_SECONDS });

const local = (baseUrl: string, apiKey: string, api: ModelApi) => ({
  baseUrl,
  apiKey,
  api,
  timeoutSeconds: LOCAL_TIMEOUT_SECONDS,
  models: [],
});

/** A local server's preset on its default port (defaults.ts); every one notes the added timeout. */
const localPreset = (
  server: DefaultServer,
  label: string,
  apiKey: string,
  api: ModelApi,
  differences: Message[] = [],
): ProviderPreset => ({
  id: server,
  label,
  location: 'local',
  provider: local(defaultBaseUrl(server), apiKey, api),
  differences: [...differences, TIMEOUT_NOTE],
});

/** Chat completions where the seed says Responses, with the port it applies to. */
const completionsNote = (server: DefaultServer) => msg('seed.presetCompletions', { port: DEFAULT_PORTS[server] });

export const PRESETS: Record<PresetId, ProviderPreset> = {
  lmstudio: localPreset('lmstudio', 'LM Studio', 'lmstudio', 'openai-responses'),
  // The seed's generic block (custom preset below) says openai-responses; for vLLM
  // reference/openclaw-config.md §2.1 warns that vLLM skips its tool-call parser on
  // /v1/responses (NVIDIA/NemoClaw#976), so this preset uses chat completions.
  vllm: localPreset('vllm', 'vLLM', 'sk-local', 'openai-completions', [msg('seed.presetVllmApi')]),
  litellm: localPreset('litellm', 'LiteLLM proxy', 'sk-local', 'openai-completions', [completionsNote('litellm')]),
  ollama: localPreset('ollama', 'Ollama', 'ollama-local', 'openai-completions', [completionsNote('ollama')]),
  llamacpp: localPreset('llamacpp', 'llama.cpp server', 'llama-local', 'openai-completions', [
    completionsNote('llamacpp'),
  ]),
  // ggml-org's Llama app serves llama-server's API on 9931: chat completions, as for llama.cpp.
  'llama-app': localPreset('llama-app', 'Llama app (ggml-org)', 'llama-local', 'openai-completions', [
    completionsNote('llama-app'),
  ]),
  openrouter: {
    id: 'openrouter',
    label: 'OpenRouter',
    location: 'hosted',
    provider: {
      baseUrl: 'https://openrouter.ai/api/v1',
      apiKey: '${OPENROUTER_API_KEY}',
      api: 'openai-completions',
      models: [],
    },
    differences: [],
  },
  anthropic: {
    id: 'anthropic',
    label: 'Anthropic',
    location: 'hosted',
    provider: { apiKey: '${ANTHROPIC_API_KEY}' },
    unbundled: { baseUrl: 'https://api.anthropic.com', api: 'anthropic-messages', models: [] },
    differences: [],
  },
  custom: {
    id: 'local',
    label: 'Custom OpenAI-compatible',
    location: 'local',
    provider: local(defaultBaseUrl('vllm'), 'sk-local', 'openai-responses'),
    differences: [TIMEOUT_NOTE],
  },
};

/** The provider block for a preset under `id`, with the user's overrides (base URL, key, API). */
export function presetProvider(
  preset: PresetId,
  id: string = PRESETS[preset].id,
  overrides: { baseUrl?: string; apiKey?: string; api?: ModelApi } = {},
): Record<string, unknown> {
  const { provider: base, unbundled } = PRESETS[preset];
  const provider = structuredClone(unbundled && !BUNDLED_PROVIDER_IDS.includes(id) ? { ...base, ...unbundled } : base);
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) provider[key] = value;
  return provider;
}
