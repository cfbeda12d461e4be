/** The Add-provider dialog's test before save: the server probed as the URL and key are typed, and its models imported in the same step. */
import type { DomainCatalog } from '../catalog';

export const tryProvider = {
  en: {
    checking: 'Checking {{url}}…',
    answered_one: '{{kind}} answered in {{ms}} ms and lists {{count}} model.',
    answered_other: '{{kind}} answered in {{ms}} ms and lists {{count}} models.',
    unknownKind: 'The server',
    importLegend: 'Import models from the server with the provider',
    importNone: 'The server lists no chat model to import.',
  },
  'zh-CN': {
    checking: '正在检查 {{url}}…',
    answered_one: '{{kind}} 在 {{ms}} 毫秒内作出响应，列出了 {{count}} 个模型。',
    answered_other: '{{kind}} 在 {{ms}} 毫秒内作出响应，列出了 {{count}} 个模型。',
    unknownKind: '服务器',
    importLegend: '添加提供方时一并从服务器导入模型',
    importNone: '服务器没有列出可导入的对话模型。',
  },
} as const satisfies DomainCatalog;
