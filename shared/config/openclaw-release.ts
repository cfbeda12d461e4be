/**
 * Facts about the OpenClaw release Claw Control pins (tests run it; its schema ships with the
 * app for users without OpenClaw). Each fact names the release and the source it was read from.
 */

const parts = (version: string) => version.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
/** Whether release `version` is at or above `since` (dotted numbers; a pre-release tag is ignored). */
export function releaseAtLeast(version: string, since: string): boolean {
  const [a, b] = [parts(version), parts(since)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Keep equal to PINNED_OPENCLAW_VERSION in scripts/install-openclaw.mjs (a test checks). */
export const PINNED_OPENCLAW_VERSION = '2026.9.6';

/**
 * Provider ids OpenClaw treats as built-in overlays: they may omit `baseUrl` and `models`.
 * OpenClaw 2026.9.6, src/config/model-provider-overlay-ids.ts (BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS),
 * compared after lower-casing (packages/model-catalog-core/src/provider-id.ts).
 */
export const BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS: readonly string[] = [
  'amazon-bedrock',
  'amazon-bedrock-mantle',
  'anthropic',
  'anthropic-vertex',
  'arcee',
  'azure-openai-responses',
  'byteplus',
  'byteplus-plan',
  'cerebras',
  'chutes',
  'claude-cli',
  'clawrouter',
  'cloudflare-ai-gateway',
  'codex',
  'comfy',
  'copilot-proxy',
  'dashscope',
  'deepinfra',
  'deepseek',
  'fal',
  'fireworks',
  'github-copilot',
  'gmi',
  'gmi-cloud',
  'gmicloud',
  'google',
  'google-antigravity',
  'google-gemini-cli',
  'google-vertex',
  'groq',
  'huggingface',
  'kilocode',
  'kimi',
  'kimi-coding',
  'litellm',
  'lmstudio',
  'meta',
  'microsoft-foundry',
  'minimax',
  'minimax-portal',
  'mistral',
  'modelstudio',
  'moonshot',
  'moonshot-ai',
  'moonshotai',
  'nvidia',
  'novita',
  'novita-ai',
  'novitaai',
  'ollama',
  'ollama-cloud',
  'openai',
  'opencode',
  'opencode-go',
  'openrouter',
  'qianfan',
  'qwen',
  'qwen-token-plan',
  'qwencloud',
  'sglang',
  'stepfun',
  'stepfun-plan',
  'synthetic',
  'tencent-tokenhub',
  'tencent-tokenplan',
  'together',
  'venice',
  'vercel-ai-gateway',
  'vllm',
  'volcengine',
  'volcengine-plan',
  'vydra',
  'x-ai',
  'xai',
  'xiaomi',
  'xiaomi-token-plan',
  'z.ai',
  'z-ai',
  'zai',
];

export const isBuiltInProviderOverlay = (id: string): boolean =>
  BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS.includes(id.trim().toLowerCase());

/**
 * `api` values OpenClaw 2026.9.6 accepts (src/config/model-config-vocabulary.ts, MODEL_APIS; the
 * schema's models.providers.*.api enum). The installed release's own list wins when known.
 */
export const PINNED_MODEL_APIS = [
  'openai-completions',
  'openai-responses',
  'openai-chatgpt-responses',
  'anthropic-messages',
  'google-generative-ai',
  'google-vertex',
  'github-copilot',
  'bedrock-converse-stream',
  'ollama',
  'pi-messages',
  'azure-openai-responses',
] as const;
