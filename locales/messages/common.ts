/** Messages shared by every domain: generic failures and words used as parameters. */
import type { DomainCatalog } from '../catalog';

export const common = {
  en: {
    unexpected: 'Something went wrong: {{detail}}',
    internal: '{{call}} failed unexpectedly; the details are in the log.',
    invalidInput: 'Not accepted: {{path}} {{detail}}',
    /** A text already put together in the reader's language by the service that made it. */
    said: '{{text}}',
    timeout: '{{what}} did not answer within {{seconds}} s',
  },
  'zh-CN': {
    unexpected: '出了点问题：{{detail}}',
    internal: '{{call}} 意外失败；详细信息见日志。',
    invalidInput: '未被接受：{{path}} {{detail}}',
    said: '{{text}}',
    timeout: '{{what}} 在 {{seconds}} 秒内没有响应',
  },
} satisfies DomainCatalog;
