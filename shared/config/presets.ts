/**
 * Provider presets with the guidance's values (seeds; reference/openclaw-config.md and
 * servers.md for default ports). Local servers get `timeoutSeconds` for cold loads;
 * hosted keys come from environment variables, never plaintext. Where a preset differs
 * from the seed's block, `differences` says why (shown when the preset is picked).
 */
import { msg, type Message } from '../i18n/message';
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
    provider: local('http://127.0.0.1:1234/v1', 'lmstudio', 'openai-responses'),
    differences: [TIMEOUT_NOTE],
  },
  vllm: {
    id: 'vllm',
    label: 'vLLM',
    location: 'local',
    provider: local('http://127.0.0.1:8000/v1', 'sk-local', 'openai-completions'),
    // The seed's generic block (custom preset below) says openai-responses; for vLLM
    // reference/openclaw-config.md §2.1 warns that vLLM skips its tool-call parser on
    // /v1/responses (NVIDIA/NemoClaw#976), so this preset uses chat completions.
    differences: [msg('seed.presetVllmApi'), TIMEOUT_NOTE],
  },
  litellm: {
    id: 'litellm',
    label: 'LiteLLM proxy',
    location: 'local',
    provider: local('http://127.0.0.1:4000/v1', 'sk-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: 4000 }), TIMEOUT_NOTE],
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama',
    location: 'local',
    provider: local('http://127.0.0.1:11434/v1', 'ollama-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: 11434 }), TIMEOUT_NOTE],
  },
  llamacpp: {
    id: 'llamacpp',
    label: 'llama.cpp server',
    location: 'local',
    provider: local('http://127.0.0.1:8080/v1', 'llama-local', 'openai-completions'),
    differences: [msg('seed.presetCompletions', { port: 8080 }), TIMEOUT_NOTE],
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
    provider: local('http://127.0.0.1:8000/v1', 'sk-local', 'openai-responses'),
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
