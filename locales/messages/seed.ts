/** Messages of the seed paths: why a preset differs from the guidance's block, layout pickers. */
import type { DomainCatalog } from '../catalog';

export const seed = {
  en: {
    presetTimeout:
      "Adds timeoutSeconds: {{seconds}} (not in the guidance's block) so a cold model load does not time out.",
    presetVllmApi:
      'The guidance\'s generic block uses api "openai-responses"; vLLM skips its tool-call parser on /v1/responses, so this preset uses "openai-completions". Pick "Custom OpenAI-compatible" for the guidance\'s block as written.',
    presetCompletions:
      'Uses api "openai-completions" (/v1/chat/completions on port {{port}}), which every version of this server implements; the guidance\'s block is the "Custom OpenAI-compatible" preset.',
  },
  'zh-CN': {
    presetTimeout: '额外加了 timeoutSeconds: {{seconds}}（指南的配置块里没有），避免模型冷加载时超时。',
    presetVllmApi:
      '指南的通用配置块使用 api "openai-responses"；vLLM 在 /v1/responses 上不会启用 tool-call 解析器，所以此预设使用 "openai-completions"。想完全照指南配置，请选"自定义 OpenAI 兼容端点"。',
    presetCompletions:
      '使用 api "openai-completions"（端口 {{port}} 上的 /v1/chat/completions），此服务器的所有版本都支持；指南原样的配置块见"自定义 OpenAI 兼容端点"预设。',
  },
} satisfies DomainCatalog;
