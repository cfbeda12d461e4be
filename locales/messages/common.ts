/** Messages shared by every domain: generic failures and words used as parameters. */
import type { DomainCatalog } from '../catalog';

export const common = {
  en: {
    unexpected: 'Something went wrong: {{detail}}',
    /** A text already put together in the reader's language by the service that made it. */
    said: '{{text}}',
    timeout: '{{what}} did not answer within {{seconds}} s',
  },
  'zh-CN': {
    unexpected: '出了点问题：{{detail}}',
    said: '{{text}}',
    timeout: '{{what}} 在 {{seconds}} 秒内没有响应',
  },
} satisfies DomainCatalog;
