/** Messages about the OpenClaw releases a rule of the book holds for (shared/rules/sources.ts). */
import type { DomainCatalog } from '../catalog';

export const rules = {
  en: {
    versions: 'OpenClaw {{range}}',
    versionsInstalled: 'OpenClaw {{range}} (yours: {{version}})',
    versionsUnverified: 'OpenClaw {{range}}; not verified for {{version}}',
    line: '{{versions}} · {{source}}',
    lineWhileAbsent: '{{versions}} · {{source}} (while {{key}} is absent)',
  },
  'zh-CN': {
    versions: 'OpenClaw {{range}}',
    versionsInstalled: 'OpenClaw {{range}}（当前安装：{{version}}）',
    versionsUnverified: 'OpenClaw {{range}}；未针对 {{version}} 验证',
    line: '{{versions}} · {{source}}',
    lineWhileAbsent: '{{versions}} · {{source}}（仅当 {{key}} 不存在时）',
  },
} satisfies DomainCatalog;
