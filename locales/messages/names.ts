/** Accessible names that say which model a control acts on (issue #24: six "Check" buttons, eight "Alias" boxes). */
import type { DomainCatalog } from '../catalog';

export const names = {
  en: {
    checkModel: 'Check {{ref}} now',
    checkingModel: 'Checking {{ref}}…',
    aliasOf: 'Alias of {{ref}}',
    checkBadge: '{{check}} of {{ref}}: {{status}}',
  },
  'zh-CN': {
    checkModel: '立即检查 {{ref}}',
    checkingModel: '正在检查 {{ref}}…',
    aliasOf: '{{ref}} 的别名',
    checkBadge: '{{ref}} 的{{check}}：{{status}}',
  },
} satisfies DomainCatalog;
