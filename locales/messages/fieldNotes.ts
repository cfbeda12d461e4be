/** The panel's word beside OpenClaw's own field help where that help does not apply to the value (issue #24). */
import type { DomainCatalog } from '../catalog';

export const fieldNotes = {
  en: {
    localHttp:
      'OpenClaw’s HTTPS advice is for hosted endpoints: a server on this machine or your LAN over plain http:// is fine.',
  },
  'zh-CN': {
    localHttp: 'OpenClaw 建议使用 HTTPS 是针对托管服务的；本机或局域网内的服务器使用普通 http:// 没有问题。',
  },
} satisfies DomainCatalog;
