/**
 * Provider presets with the guidance's values (seeds; reference/openclaw-config.md and
 * servers.md). Local servers get `timeoutSeconds` for cold loads;
 * hosted keys come from environment variables, never plaintext. Where a preset differs
 * from the seed's block, `differences` says why (shown when the preset is picked).
 * Ports and base URLs come from shared/servers/defaults.ts.
 */
import { msg, type Message } from '../i18n/message';
import { DEFAULT_PORTS, defaultBaseUrl } from '../servers/defaults';
import { LOCAL_TIMEOUT_SECONDS } from './checks';
import { BUNDLED_PROVIDER_IDS, type ModelApi } from './openclaw-schema';

export const PRESET_IDS = [
  'lmstudio',
  'vllm',
  'litellm',
  'ollama',
  'llamacpp',
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

export const PRESETS: Record<PresetId, ProviderPreset> = {
  lmstudio: {
    id: 'lmstudio',
    label: 'LM Studio',
    location: 'local',
    provider: local(defaultBaseUrl('lmstudio'), 'lmstudio', 'openai-responses'),
    differences: [TIMEOUT_NOTE],
  },
  vllm: {
    id: 'vllm',
    label: 'vLLM',
    location: 'local',
    provider: local(defaultBaseUrl('vllm'), 'sk-local', 'openai-completions'),
    // The seed's generic block (custom preset below) says openai-responses; for vLLM
    // reference/openclaw-config.md §2.1 warns that vLLM skips its tool-call parser on
    // /v1/responses (NVIDIA/NemoClaw#976), so this preset uses chat completions.
    differences: [msg('seed.presetVllmApi'), TIMEOUT_NOTE],
  },
  litellm: {
    id: 'litellm',
    label: 'LiteLLM proxy',
    location: 'local',
    provider: local(defaultBaseUrl('litellm'), 'sk-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: DEFAULT_PORTS.litellm }), TIMEOUT_NOTE],
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama',
    location: 'local',
    provider: local(defaultBaseUrl('ollama'), 'ollama-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: DEFAULT_PORTS.ollama }), TIMEOUT_NOTE],
  },
  llamacpp: {
    id: 'llamacpp',
    label: 'llama.cpp server',
    location: 'local',
    provider: local(defaultBaseUrl('llamacpp'), 'llama-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: DEFAULT_PORTS.llamacpp }), TIMEOUT_NOTE],
  },
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
