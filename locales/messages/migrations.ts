/** Messages about what OpenClaw migrates in a config when it loads it (shared/config/openclaw-migrations.ts). */
import type { DomainCatalog } from '../catalog';

export const migrations = {
  en: {
    rosterList:
      'OpenClaw reads agents.list as the keyed agents.entries when it loads this file; it runs as it is. Migrate it to write the new form.',
    rosterDefaultMarkers:
      'OpenClaw drops the retired default markers of the agent roster ({{path}}) when it loads this file; it runs as it is.',
    contextBudget:
      'OpenClaw moves {{path}} when it loads this file (a provider’s context budget goes onto its model rows; an agent’s is dropped); it runs as it is.',
    copilotDiscovery:
      'OpenClaw ignores {{path}} (GitHub Copilot discovery is always on) when it loads this file; it runs as it is.',
    fix: 'Migrate the file as OpenClaw reads it',
    applied_one: 'Migrated {{count}} old setting the way OpenClaw reads it.',
    applied_other: 'Migrated {{count}} old settings the way OpenClaw reads them.',
    notExact:
      'This migration depends on more than the file (a roster with several agents and a default marker); run `openclaw doctor --fix` to migrate it.',
  },
  'zh-CN': {
    rosterList:
      'OpenClaw 加载此文件时会把 agents.list 当作按 id 索引的 agents.entries 来读，文件照常可用。迁移后会直接写成新格式。',
    rosterDefaultMarkers: 'OpenClaw 加载此文件时会去掉智能体列表中已废弃的 default 标记（{{path}}），文件照常可用。',
    contextBudget:
      'OpenClaw 加载此文件时会迁移 {{path}}（提供方的上下文预算移到各模型条目上，智能体上的则直接丢弃），文件照常可用。',
    copilotDiscovery: 'OpenClaw 加载此文件时会忽略 {{path}}（GitHub Copilot 的自动发现始终开启），文件照常可用。',
    fix: '按 OpenClaw 的读法迁移此文件',
    applied_one: '已按 OpenClaw 的读法迁移 {{count}} 项旧设置。',
    applied_other: '已按 OpenClaw 的读法迁移 {{count}} 项旧设置。',
    notExact: '这项迁移不只取决于文件本身（多个智能体且带 default 标记），请运行 `openclaw doctor --fix` 来迁移。',
  },
} satisfies DomainCatalog;
