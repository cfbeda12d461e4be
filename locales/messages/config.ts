/** Messages about reading and saving the config: what blocks a save, read errors, the reader's states. */
import type { DomainCatalog } from '../catalog';

export const config = {
  en: {
    changedOnDisk: '{{path}} changed on disk since it was loaded. Reload it before saving.',
    includeBlocked:
      '{{path}} comes from an $include file. Edit that file instead (Claw Control never flattens includes).',
    losslessEdit: 'This edit cannot be written without reformatting the file: {{detail}}',
    issue: '{{path}}: {{detail}}',
    notSaved_one: 'Not saved: {{first}}',
    notSaved_other: 'Not saved: {{first}} (and {{count}} problems in all)',
    unreadable: '{{path}} cannot be read: {{detail}}',
    malformed: '{{path}} does not parse: {{detail}}. Fix it by hand or restore a backup.',
    malformedAt:
      '{{path}} does not parse (line {{line}}, column {{column}}): {{detail}}. Fix it by hand or restore a backup.',
    readOnlyEnv: 'OPENCLAW_CONFIG_READONLY=1 is set',
    readOnlyNix: 'OPENCLAW_NIX_MODE=1 is set (the config is managed by Nix)',
    readOnlyUnreadable: 'the file cannot be read',
    readOnlyFile: 'the file is read-only (mode {{mode}}); Claw Control does not change permissions',
    readOnlyMalformed: 'the file does not parse. Fix it by hand',
    readOnlyMalformedBackup: 'the file does not parse. Fix it by hand or restore {{backup}}',
    readOnlyQuotes:
      'the file does not parse: it uses typographic quotes (“ ” ‘ ’). Straighten them first (one click on the Overview)',
    watchFailed: 'Stopped watching {{path}} ({{detail}}): outside edits show after a restart.',
    undoNothing: 'Nothing to undo: Claw Control has not saved this config',
    undoChangedSince: '{{path}} changed after the last save; undo would lose those edits, so nothing was changed',
    undoNoEarlier: 'The last save created {{path}}; there is no earlier version to restore',
    undoBackupGone: '{{backup}} no longer holds the version before the last save; nothing was changed',
  },
  'zh-CN': {
    changedOnDisk: '{{path}} 在加载后被外部修改。请先重新加载，再保存。',
    includeBlocked: '{{path}} 来自 $include 文件。请直接编辑那个文件（Claw Control 从不展开 include）。',
    losslessEdit: '无法在不重排文件格式的情况下写入此修改：{{detail}}',
    issue: '{{path}}：{{detail}}',
    notSaved_one: '未保存：{{first}}',
    notSaved_other: '未保存：{{first}}（共 {{count}} 个问题）',
    unreadable: '无法读取 {{path}}：{{detail}}',
    malformed: '{{path}} 解析失败：{{detail}}。请手动修复，或恢复备份。',
    malformedAt: '{{path}} 解析失败（第 {{line}} 行，第 {{column}} 列）：{{detail}}。请手动修复，或恢复备份。',
    readOnlyEnv: '已设置 OPENCLAW_CONFIG_READONLY=1',
    readOnlyNix: '已设置 OPENCLAW_NIX_MODE=1（配置由 Nix 管理）',
    readOnlyUnreadable: '文件无法读取',
    readOnlyFile: '文件是只读的（权限 {{mode}}）；Claw Control 不会修改文件权限',
    readOnlyMalformed: '文件解析失败。请手动修复',
    readOnlyMalformedBackup: '文件解析失败。请手动修复，或恢复 {{backup}}',
    readOnlyQuotes: '文件解析失败：用了中文弯引号（“ ” ‘ ’）。请先替换成直引号（在概览页一键完成）',
    watchFailed: '已停止监视 {{path}}（{{detail}}）：外部修改要在重启后才会显示。',
    undoNothing: '没有可撤销的操作：Claw Control 还没有保存过这个配置',
    undoChangedSince: '{{path}} 在上次保存后又被修改；撤销会丢失这些修改，因此没有做任何改动',
    undoNoEarlier: '上次保存创建了 {{path}}；没有更早的版本可以恢复',
    undoBackupGone: '{{backup}} 已不是上次保存前的版本；没有做任何改动',
  },
} satisfies DomainCatalog;
