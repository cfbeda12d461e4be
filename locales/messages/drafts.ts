/** Unsaved edits kept across a reload or a restart, the guard on leaving with them, and a save refused for a field that cannot be read. */
import type { DomainCatalog } from '../catalog';

export const drafts = {
  en: {
    restored_one: 'Your unsaved change from before the reload is back. Review it, then save or discard it.',
    restored_other:
      'Your {{count}} unsaved changes from before the reload are back. Review them, then save or discard them.',
    dropped_one:
      'Your unsaved change from before the reload was not put back: {{path}} changed on disk meanwhile, and applying it could undo someone else’s edit.',
    dropped_other:
      'Your {{count}} unsaved changes from before the reload were not put back: {{path}} changed on disk meanwhile, and applying them could undo someone else’s edit.',
    leaveTitle: 'Leave Claw Control with unsaved changes?',
    leaveDetail:
      'The changes are not in the config yet. They are kept for the next start of Claw Control, where you can review and save them.',
    leave: 'Leave',
    stay: 'Stay',
    refused_one: 'Not saved: a field holds a value that cannot be read. {{first}}',
    refused_other: 'Not saved: {{count}} fields hold values that cannot be read. {{first}}',
  },
  'zh-CN': {
    restored_one: '刷新前未保存的修改已找回。请检查后保存或放弃。',
    restored_other: '刷新前未保存的 {{count}} 处修改已找回。请检查后保存或放弃。',
    dropped_one: '刷新前未保存的修改没有恢复：{{path}} 在此期间被改动过，套用这处修改可能会覆盖别人的编辑。',
    dropped_other:
      '刷新前未保存的 {{count}} 处修改没有恢复：{{path}} 在此期间被改动过，套用这些修改可能会覆盖别人的编辑。',
    leaveTitle: '还有未保存的修改，确定要离开 Claw Control 吗？',
    leaveDetail: '这些修改还没有写入配置。下次启动 Claw Control 时它们仍会在，届时可以检查并保存。',
    leave: '离开',
    stay: '留下',
    refused_one: '没有保存：有一个字段的值无法识别。{{first}}',
    refused_other: '没有保存：有 {{count}} 个字段的值无法识别。{{first}}',
  },
} as const satisfies DomainCatalog;
