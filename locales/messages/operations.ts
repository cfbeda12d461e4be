/** Why a config edit was refused (shared/config/operations.ts, layouts.ts); nothing is changed. */
import type { DomainCatalog } from '../catalog';

export const operations = {
  en: {
    noProvider: 'No provider "{{id}}" is configured.',
    noProviderKnown: 'No provider "{{id}}" is configured (configured: {{known}}).',
    ambiguous: '"{{ref}}" matches several models ({{candidates}}). Write the full provider/model.',
    malformed: '"{{ref}}" is not a provider/model reference.',
    unresolved: '"{{ref}}" is neither an alias nor a configured model id. Write it as provider/model.',
    unknownProvider: 'Unknown model provider "{{provider}}" in "{{ref}}". Add the provider first.',
    unknownProvider_cli:
      'Unknown model provider "{{provider}}" in "{{ref}}". Add it first: claw-control providers add {{provider}} --preset …',
    wouldBreak_one: 'Removing {{what}} would break {{count}} reference: {{refs}}. Change it first.',
    wouldBreak_other: 'Removing {{what}} would break {{count}} references: {{refs}}. Change them first.',
    wouldBreak_cli_one:
      'Removing {{what}} would break {{count}} reference: {{refs}}. Remove it too (--remove-refs) or change it first.',
    wouldBreak_cli_other:
      'Removing {{what}} would break {{count}} references: {{refs}}. Remove them too (--remove-refs) or change them first.',
    providerExists: 'A provider "{{id}}" already exists.',
    sameId: 'The new id is the same as the old one.',
    modelNeedsId: 'A model needs an id.',
    modelExists: '"{{provider}}" already lists a model "{{id}}".',
    noModel: '"{{provider}}" lists no model "{{id}}".',
    twiceInChain: '{{ref}} appears twice in the chain.',
    fallbackIsPrimary: '{{ref}} is the primary model. A fallback must be another model.',
    alreadyFallback: '{{ref}} is already fallback {{n}}.',
    pastEnd: 'Position {{position}} is past the end (there are {{count}} fallbacks).',
    aliasWithSlash: 'An alias is a short name without "/". The key is the model: {{ref}} → "{{alias}}" is backwards.',
    aliasTaken: 'The alias "{{alias}}" already names {{other}} (aliases ignore case).',
    noAlias: '{{ref}} has no alias.',
    notFallback: '{{ref}} is not a fallback (fallbacks: {{fallbacks}}).',
    noFallbacks: '{{ref}} is not a fallback (there are no fallbacks).',
    noLocalInChain: 'The chain has no local model. Add one to the chain first.',
    noLocalInChain_cli:
      'The chain has no local model. Add one first (e.g. claw-control models fallbacks add lmstudio/<model>).',
    noLocalToPutFirst: 'The chain has no local model to put first.',
    noHostedToPutFirst: 'The chain has no hosted model to put first. Add one (e.g. anthropic/claude-sonnet-4-5).',
  },
  'zh-CN': {
    noProvider: '未配置 provider “{{id}}”。',
    noProviderKnown: '未配置 provider “{{id}}”（已配置：{{known}}）。',
    ambiguous: '“{{ref}}”匹配到多个模型（{{candidates}}）。请写完整的 provider/model。',
    malformed: '“{{ref}}”不是有效的 provider/model 引用。',
    unresolved: '“{{ref}}”既不是别名，也不是已配置的模型 ID。请写成 provider/model 格式。',
    unknownProvider: '“{{ref}}”中的模型 provider “{{provider}}”未知。请先添加该 provider。',
    unknownProvider_cli:
      '“{{ref}}”中的模型 provider “{{provider}}”未知。请先添加：claw-control providers add {{provider}} --preset …',
    wouldBreak_one: '删除 {{what}} 会破坏 {{count}} 处引用：{{refs}}。请先修改它。',
    wouldBreak_other: '删除 {{what}} 会破坏 {{count}} 处引用：{{refs}}。请先修改它们。',
    wouldBreak_cli_one: '删除 {{what}} 会破坏 {{count}} 处引用：{{refs}}。请一并删除（--remove-refs），或先修改它。',
    wouldBreak_cli_other:
      '删除 {{what}} 会破坏 {{count}} 处引用：{{refs}}。请一并删除（--remove-refs），或先修改它们。',
    providerExists: 'provider “{{id}}”已存在。',
    sameId: '新 ID 与旧 ID 相同。',
    modelNeedsId: '模型必须有 ID。',
    modelExists: '“{{provider}}”已有模型“{{id}}”。',
    noModel: '“{{provider}}”下没有模型“{{id}}”。',
    twiceInChain: '{{ref}} 在模型链中出现了两次。',
    fallbackIsPrimary: '{{ref}} 是主模型。备用模型必须是另一个模型。',
    alreadyFallback: '{{ref}} 已经是第 {{n}} 个备用模型。',
    pastEnd: '位置 {{position}} 超出末尾（共有 {{count}} 个备用模型）。',
    aliasWithSlash: '别名是不含“/”的简称。键应为模型：{{ref}} → “{{alias}}”写反了。',
    aliasTaken: '别名“{{alias}}”已指向 {{other}}（别名不区分大小写）。',
    noAlias: '{{ref}} 没有别名。',
    notFallback: '{{ref}} 不是备用模型（备用模型：{{fallbacks}}）。',
    noFallbacks: '{{ref}} 不是备用模型（目前没有备用模型）。',
    noLocalInChain: '模型链中没有本地模型。请先在模型链中添加一个。',
    noLocalInChain_cli:
      '模型链中没有本地模型。请先添加一个（例如 claw-control models fallbacks add lmstudio/<model>）。',
    noLocalToPutFirst: '模型链中没有可以放在首位的本地模型。',
    noHostedToPutFirst: '模型链中没有可以放在首位的托管模型。请先添加一个（例如 anthropic/claude-sonnet-4-5）。',
  },
} satisfies DomainCatalog;
