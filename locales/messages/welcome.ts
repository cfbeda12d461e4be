/** The Overview's welcome where OpenClaw has no config yet (issue #24: a red doctor error beside "No config yet"). */
import type { DomainCatalog } from '../catalog';

export const welcome = {
  en: {
    title: 'Welcome to Claw Control',
    body: 'OpenClaw has no config yet at {{path}}. Add your first provider — a local server such as LM Studio or a hosted service — and save: the file is created then, and the doctor checks it from that moment. (Or run `openclaw onboard` first.)',
    start: 'Add a provider',
  },
  'zh-CN': {
    title: '欢迎使用 Claw Control',
    body: 'OpenClaw 在 {{path}} 还没有配置文件。添加第一个提供商（本机服务器如 LM Studio，或托管服务）并保存即可创建该文件，此后体检会对它进行检查。（也可以先运行 `openclaw onboard`。）',
    start: '添加提供商',
  },
} satisfies DomainCatalog;
