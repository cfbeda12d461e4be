/** Messages about OpenClaw's reading of a config: what it migrates when it loads it (shared/config/openclaw-migrations.ts) and where its verdict and ours differ (node/services/openclaw/verdict.ts). */
import type { DomainCatalog } from '../catalog';

export const openclawReading = {
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
    weRefuse_one:
      'OpenClaw {{version}} accepts this file, but Claw Control’s schema check found a problem ({{first}}). OpenClaw decides, so nothing is blocked; the disagreement is a defect in Claw Control and is logged.',
    weRefuse_other:
      'OpenClaw {{version}} accepts this file, but Claw Control’s schema check found {{count}} problems (first: {{first}}). OpenClaw decides, so nothing is blocked; the disagreement is a defect in Claw Control and is logged.',
    weAccept:
      'OpenClaw {{version}} refuses this file although Claw Control’s schema check found nothing; OpenClaw decides. The disagreement is a defect in Claw Control and is logged.',
    webSearchNotInstalled:
      'the web-search provider “{{provider}}” needs the plugin “{{plugin}}”, which OpenClaw does not bundle: install or enable it, then run openclaw doctor --fix',
    webSearchUnknown: 'no plugin provides the web-search provider “{{provider}}” (known: {{values}})',
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
    weRefuse_one:
      'OpenClaw {{version}} 认可这个文件，但 Claw Control 的结构检查发现了一个问题（{{first}}）。以 OpenClaw 的判断为准，不会拦下保存；两者不一致属于 Claw Control 的缺陷，已记入日志。',
    weRefuse_other:
      'OpenClaw {{version}} 认可这个文件，但 Claw Control 的结构检查发现了 {{count}} 个问题（第一个：{{first}}）。以 OpenClaw 的判断为准，不会拦下保存；两者不一致属于 Claw Control 的缺陷，已记入日志。',
    weAccept:
      'OpenClaw {{version}} 不认可这个文件，而 Claw Control 的结构检查没发现问题；以 OpenClaw 的判断为准。两者不一致属于 Claw Control 的缺陷，已记入日志。',
    webSearchNotInstalled:
      '网页搜索提供方“{{provider}}”需要插件“{{plugin}}”，而 OpenClaw 没有内置它：请先安装或启用该插件，再运行 openclaw doctor --fix',
    webSearchUnknown: '没有任何插件提供网页搜索提供方“{{provider}}”（可用的有：{{values}}）',
  },
} satisfies DomainCatalog;
