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
  },
  'zh-CN': {
    changedOnDisk: '{{path}} 在加载后被外部修改。请先重新加载，再保存。',
    includeBlocked: '{{path}} 来自 $include 文件。请直接编辑那个文件（Claw Control 从不展开 include）。',
    losslessEdit: '无法在不重排文件格式的情况下写入此修改：{{detail}}',
    issue: '{{path}}：{{detail}}',
    notSaved_one: '未保存：{{first}}',
    notSaved_other: '未保存：{{first}}（共 {{count}} 个问题）',
  },
} satisfies DomainCatalog;
