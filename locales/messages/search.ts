/** The panel's one search across providers, models, ids and aliases, and the model pickers (issue #24). */
import type { DomainCatalog } from '../catalog';

export const search = {
  en: {
    label: 'Search',
    placeholder: 'Search providers, models, aliases…',
    results_one: '{{count}} model found',
    results_other: '{{count}} models found',
    more_one: 'and {{count}} more — type more to narrow it down',
    more_other: 'and {{count}} more — type more to narrow it down',
    none: 'No provider, model or alias matches “{{query}}”.',
    open: 'Open {{ref}} on the Providers page',
    aliasOf: 'alias {{alias}}',
    providerOf: 'provider {{provider}}',
    suggestions: 'Suggested models',
  },
  'zh-CN': {
    label: '搜索',
    placeholder: '搜索提供商、模型、别名…',
    results_one: '找到 {{count}} 个模型',
    results_other: '找到 {{count}} 个模型',
    more_one: '另有 {{count}} 个，继续输入可缩小范围',
    more_other: '另有 {{count}} 个，继续输入可缩小范围',
    none: '没有与“{{query}}”匹配的提供商、模型或别名。',
    open: '在“提供商”页面打开 {{ref}}',
    aliasOf: '别名 {{alias}}',
    providerOf: '提供商 {{provider}}',
    suggestions: '候选模型',
  },
} satisfies DomainCatalog;
