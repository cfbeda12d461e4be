/** Messages of the lossless JSON5 editor and the config operations' shape checks (issue #17). */
import type { DomainCatalog } from '../catalog';

export const json5 = {
  en: {
    tooDeep:
      'The file nests more than {{limit}} levels deep (line {{line}}); Claw Control does not edit files nested that deeply',
    tooLarge: 'The file is {{megabytes}} MB; Claw Control edits files up to {{limit}} MB',
    cannotFollow: 'Cannot edit this file without losing formatting: {{reason}}',
    wouldNotParse: 'The edited text would not parse ({{reason}}); nothing was written',
    wrongResult: 'The edited text does not hold the intended values; nothing was written',
    wrongShape:
      '{{path}} is written as {{found}}, but OpenClaw expects {{expected}}; fix it by hand first (nothing was changed)',
    renameLeftRefs_one: '{{count}} reference still names the old provider "{{from}}": {{where}}',
    renameLeftRefs_other: '{{count}} references still name the old provider "{{from}}": {{where}}',
    renamedRefs_one: 'Also renamed {{count}} reference to "{{to}}": {{where}}',
    renamedRefs_other: 'Also renamed {{count}} references to "{{to}}": {{where}}',
  },
  'zh-CN': {
    tooDeep: '文件嵌套超过 {{limit}} 层（第 {{line}} 行）；Claw Control 不编辑嵌套这么深的文件',
    tooLarge: '文件大小为 {{megabytes}} MB；Claw Control 最多编辑 {{limit}} MB 的文件',
    cannotFollow: '无法在不丢失格式的情况下编辑此文件：{{reason}}',
    wouldNotParse: '编辑后的文本无法解析（{{reason}}）；未写入任何内容',
    wrongResult: '编辑后的文本与预期的值不一致；未写入任何内容',
    wrongShape: '{{path}} 写成了 {{found}}，但 OpenClaw 需要 {{expected}}；请先手动修正（未做任何更改）',
    renameLeftRefs_one: '仍有 {{count}} 处引用旧的 provider "{{from}}"：{{where}}',
    renameLeftRefs_other: '仍有 {{count}} 处引用旧的 provider "{{from}}"：{{where}}',
    renamedRefs_one: '已同时将 {{count}} 处引用改为 "{{to}}"：{{where}}',
    renamedRefs_other: '已同时将 {{count}} 处引用改为 "{{to}}"：{{where}}',
  },
} satisfies DomainCatalog;
