/** Findings grouped by rule (the doctor and the config checks, issue #24: 252 findings in one flat list). */
import type { DomainCatalog } from '../catalog';

export const groups = {
  en: {
    count_one: '{{count}} finding',
    count_other: '{{count}} findings',
    more_one: 'and {{count}} more like it',
    more_other: 'and {{count}} more like it',
    running: 'The doctor is checking the config, the servers and this machine…',
  },
  'zh-CN': {
    count_one: '{{count}} 条',
    count_other: '{{count}} 条',
    more_one: '另有 {{count}} 条同类问题',
    more_other: '另有 {{count}} 条同类问题',
    running: '正在检查配置、服务器和本机…',
  },
} satisfies DomainCatalog;
