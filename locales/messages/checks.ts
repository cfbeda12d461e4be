/** Findings of the config checks (the rule book's config rules, shared/rules/config/) and their Fix labels. */
import type { DomainCatalog } from '../catalog';

export const checks = {
  en: {
    contextTokensAboveWindow:
      '{{ref}}: contextTokens ({{tokens}}) is larger than contextWindow ({{window}}); the model cannot use more than its window.',
    role: { primary: 'primary model', fallback: 'fallback {{n}}' },
    refUnresolved: 'The {{role}} "{{ref}}" is neither an alias nor a configured model id. Write it as provider/model.',
    refMalformed: 'The {{role}} "{{ref}}" is not a provider/model reference.',
    refSlashIdUnknown:
      'The {{role}} "{{ref}}" names no provider "{{provider}}". The model is listed as {{owner}}: write the full ref.',
    refUnknownProvider:
      'The {{role}} "{{ref}}" names provider "{{provider}}", which is neither configured nor bundled with OpenClaw.',
    refSlashId:
      '"{{ref}}" will go to the bundled {{provider}} provider, but {{owner}} lists that model. Write the full ref {{owner}} (OpenClaw splits at the first "/").',
    modelNotListed:
      '"{{model}}" is not listed under provider "{{provider}}". A custom server may still serve it, but OpenClaw will not know its context window.',
    fallbackIsPrimary: 'Fallback {{n}} repeats the primary model {{ref}}.',
    fallbackDuplicate: 'Fallback {{n}} repeats fallback {{other}} ({{ref}}).',
    aliasMapReversed:
      'This alias entry is written backwards: the key must be the model ("{{model}}") and the alias the short name ("{{alias}}").',
    aliasKeyNotRef: 'The key "{{key}}" must be a provider/model reference (or provider/*).',
    aliasDuplicate: 'The alias "{{alias}}" is also used by {{other}} (aliases ignore case).',
    aliasAllowlist_one:
      'Without agents.defaults.modelPolicy, OpenClaw treats the {{count}} key of agents.defaults.models as an allow-list: /model and agents can only pick that model.',
    aliasAllowlist_other:
      'Without agents.defaults.modelPolicy, OpenClaw treats the {{count}} keys of agents.defaults.models as an allow-list: /model and agents can only pick those models.',
    providerIdCase: 'OpenClaw lower-cases provider ids: refs must say "{{id}}/…".',
    localNoTimeout:
      '"{{id}}" is a local server without timeoutSeconds. A cold model load can outlast OpenClaw\'s default timeout and trigger a fallback.',
    lanNoTimeout:
      '"{{id}}" is a LAN server without timeoutSeconds. A cold model load can outlast OpenClaw\'s default timeout and trigger a fallback.',
    responsesUnsupported: 'llama.cpp\'s server has no /v1/responses. Use api "openai-completions" for "{{id}}".',
    baseUrlNoV1: 'OpenAI-compatible servers usually expect a baseUrl ending in /v1 (got {{baseUrl}}).',
    modeReplace:
      'models.mode "replace" drops OpenClaw\'s bundled catalogs. Keep "merge" so hosted fallbacks stay available.',
    providersMisplaced: 'OpenClaw ignores a top-level "providers" block. Providers belong under models.providers.',
    fix: {
      removeFallback: 'Remove it from the fallbacks',
      setContextTokens: 'Set contextTokens to {{tokens}}',
      setAlias: 'Make "{{alias}}" the alias of {{ref}}',
      allowEveryModel: 'Allow every model (modelPolicy: {})',
      setTimeout: 'Set timeoutSeconds to {{seconds}}',
      useApi: 'Use {{api}}',
      useMerge: 'Use merge',
    },
  },
  'zh-CN': {
    contextTokensAboveWindow:
      '{{ref}}：contextTokens（{{tokens}}）大于 contextWindow（{{window}}）；模型用不了超过其窗口的上下文。',
    role: { primary: '主模型', fallback: '第 {{n}} 个备用模型' },
    refUnresolved: '{{role}}“{{ref}}”既不是别名，也不是已配置的模型 ID。请写成 provider/model 格式。',
    refMalformed: '{{role}}“{{ref}}”不是有效的 provider/model 引用。',
    refSlashIdUnknown:
      '{{role}}“{{ref}}”指向的 provider “{{provider}}”不存在。该模型登记为 {{owner}}，请写完整的引用。',
    refUnknownProvider: '{{role}}“{{ref}}”指向的 provider “{{provider}}”既未配置，也不是 OpenClaw 内置的。',
    refSlashId:
      '“{{ref}}”会被发往内置的 {{provider}} provider，但该模型登记在 {{owner}} 下。请写完整的引用 {{owner}}（OpenClaw 按第一个“/”拆分）。',
    modelNotListed:
      '“{{model}}”没有列在 provider “{{provider}}”下。自定义服务器也许仍能提供它，但 OpenClaw 不知道它的上下文窗口。',
    fallbackIsPrimary: '第 {{n}} 个备用模型与主模型 {{ref}} 重复。',
    fallbackDuplicate: '第 {{n}} 个备用模型与第 {{other}} 个重复（{{ref}}）。',
    aliasMapReversed: '这条别名写反了：键应为模型（“{{model}}”），alias 应为简称（“{{alias}}”）。',
    aliasKeyNotRef: '键“{{key}}”必须是 provider/model 引用（或 provider/*）。',
    aliasDuplicate: '别名“{{alias}}”已被 {{other}} 使用（别名不区分大小写）。',
    aliasAllowlist_one:
      '未设置 agents.defaults.modelPolicy 时，OpenClaw 会把 agents.defaults.models 的 {{count}} 个键当作白名单：/model 和智能体只能选这些模型。',
    aliasAllowlist_other:
      '未设置 agents.defaults.modelPolicy 时，OpenClaw 会把 agents.defaults.models 的 {{count}} 个键当作白名单：/model 和智能体只能选这些模型。',
    providerIdCase: 'OpenClaw 会把 provider ID 转成小写：引用必须写成“{{id}}/…”。',
    localNoTimeout:
      '“{{id}}”是本地服务器，但没有设置 timeoutSeconds。冷加载模型可能超过 OpenClaw 的默认超时，从而切换到备用模型。',
    lanNoTimeout:
      '“{{id}}”是局域网服务器，但没有设置 timeoutSeconds。冷加载模型可能超过 OpenClaw 的默认超时，从而切换到备用模型。',
    responsesUnsupported: 'llama.cpp 的服务器没有 /v1/responses。请为“{{id}}”使用 api "openai-completions"。',
    baseUrlNoV1: 'OpenAI 兼容服务器的 baseUrl 通常以 /v1 结尾（当前为 {{baseUrl}}）。',
    modeReplace:
      'models.mode 为 "replace" 时会丢弃 OpenClaw 内置的模型目录。请保持 "merge"，以便托管的备用模型仍然可用。',
    providersMisplaced: 'OpenClaw 不读取顶层的 "providers"。provider 应放在 models.providers 下。',
    fix: {
      removeFallback: '从备用模型中移除',
      setContextTokens: '把 contextTokens 设为 {{tokens}}',
      setAlias: '把“{{alias}}”设为 {{ref}} 的别名',
      allowEveryModel: '允许所有模型（modelPolicy: {}）',
      setTimeout: '将 timeoutSeconds 设为 {{seconds}}',
      useApi: '改用 {{api}}',
      useMerge: '改用 merge',
    },
  },
} satisfies DomainCatalog;
