/** Messages about the OpenClaw release the config editor's findings were judged for (shared/rules/judged.ts). */
import type { DomainCatalog } from '../catalog';

export const judged = {
  en: {
    forInstalled: 'Findings judged for OpenClaw {{version}}, the installed release.',
    forPinned: 'No OpenClaw version found: findings judged for OpenClaw {{version}}, the release Claw Control ships.',
    contextFloor: '{{ref}}: {{verdict}}',
  },
  'zh-CN': {
    forInstalled: '检查结果按当前安装的 OpenClaw {{version}} 判断。',
    forPinned: '未找到 OpenClaw 版本：检查结果按 Claw Control 自带的 OpenClaw {{version}} 判断。',
    contextFloor: '{{ref}}：{{verdict}}',
  },
} satisfies DomainCatalog;
