/** Messages about the deadlines of a check-up's steps (shared/checkup/step-deadlines.ts). */
import type { DomainCatalog } from '../catalog';

export const checkupSteps = {
  en: {
    loadPastDeadline:
      'The load was abandoned after {{seconds}} s, the check-up’s deadline for a load; to wait longer, set {{variable}} (seconds).',
  },
  'zh-CN': {
    loadPastDeadline:
      '加载等了 {{seconds}} 秒仍未完成（检查对加载的时限），已放弃；如需多等一会儿，请设置 {{variable}}（单位：秒）。',
  },
} satisfies DomainCatalog;
