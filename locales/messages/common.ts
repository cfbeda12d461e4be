/** Messages shared by every domain: generic failures and words used as parameters. */
import type { DomainCatalog } from '../catalog';

export const common = {
  en: {
    unexpected: 'Something went wrong: {{detail}}',
    timeout: '{{what}} did not answer within {{seconds}} s',
  },
  'zh-CN': {
    unexpected: '出了点问题：{{detail}}',
    timeout: '{{what}} 在 {{seconds}} 秒内没有响应',
  },
} satisfies DomainCatalog;
