/** Messages about the user's installed OpenClaw, its schema, $include files and typographic quotes. */
import type { DomainCatalog } from '../catalog';

export const openclaw = {
  en: {
    notFound:
      'OpenClaw is not installed here (looked in OPENCLAW_BIN, PATH, npm’s global prefix and Homebrew); Claw Control checks with the schema of OpenClaw {{pinned}} that ships with it',
    missingBinary: 'The OpenClaw set for Claw Control is not there: {{path}} ({{code}})',
    noVersion: '`openclaw --version` printed no version: {{output}}',
    versionFailed: 'Could not run {{path}} --version: {{reason}}',
    curlyQuotes:
      'Line {{line}} uses typographic quotes ({{chars}}) where JSON5 needs straight quotes (" or \'). This often happens when a config is copied from a web page or a translated document. Claw Control can replace them with straight quotes for you.',
    curlyQuotesFix: 'Replace typographic quotes with straight quotes',
    restoreBackup: 'Or restore the last backup: {{backup}}',
    includeList:
      '{{path}} is merged from several $include files; OpenClaw cannot write such a value, so edit one of those files by hand',
    includeRoot:
      'The whole config comes from an $include at the top; OpenClaw does not write through a root include, so edit {{file}} by hand',
    includeSiblings:
      '{{path}} mixes an $include with other keys; OpenClaw does not write there, so edit {{file}} or this file by hand',
    includeOutside:
      'The $include {{include}} lies outside the config folder and OPENCLAW_INCLUDE_ROOTS; OpenClaw refuses it',
    includeUnreadable: 'Cannot read the $include file {{include}}: {{reason}}',
    includeInArray: '{{path}} sits inside a list that uses $include; OpenClaw does not write there',
    includeWhole:
      'This edit would replace or remove {{path}}, which holds the $include {{file}}; OpenClaw does not write that, so edit the files by hand',
    includeNested:
      '{{file}} has an $include of its own (at {{path}}); OpenClaw writes only into an included file without one, so edit it by hand',
    includeShared:
      '{{file}} is included at more than one place; OpenClaw does not write through it, so edit it by hand',
    includeExternal:
      'Config mutation cannot update external $include target {{file}}; edit the included file directly or move it under the config directory.',
    includeSpans:
      'This edit changes both {{config}} and the included file {{file}}; save the changes to each file separately',
    includeWritten: 'Saved to the included file {{file}}; {{config}} is unchanged',
    rejects_one: 'Not saved: OpenClaw rejects the result: {{issue}}',
    rejects_other: 'Not saved: OpenClaw rejects the result: {{issue}} (and {{count}} problems in all)',
    schemaNotInstalled: 'OpenClaw is not installed here',
    schemaUnreadable: 'could not read the installed OpenClaw’s schema: {{reason}}',
    quotesUnreadable: 'Cannot read {{path}}: {{detail}}',
    quotesNone: '{{path}} has no typographic quotes to straighten',
    quotesNotEnough:
      'Straightening the quotes is not enough: the file would still not parse ({{detail}}); fix it by hand',
  },
  'zh-CN': {
    notFound:
      '本机没有安装 OpenClaw（已查找 OPENCLAW_BIN、PATH、npm 全局目录和 Homebrew）；Claw Control 使用自带的 OpenClaw {{pinned}} schema 进行检查',
    missingBinary: '为 Claw Control 设置的 OpenClaw 不存在：{{path}}（{{code}}）',
    noVersion: '`openclaw --version` 没有输出版本号：{{output}}',
    versionFailed: '无法运行 {{path}} --version：{{reason}}',
    curlyQuotes:
      '第 {{line}} 行使用了中文/排版引号（{{chars}}），而 JSON5 需要直引号（" 或 \'）。从网页或翻译文档复制配置时经常出现这种情况。Claw Control 可以帮你替换成直引号。',
    curlyQuotesFix: '把排版引号替换为直引号',
    restoreBackup: '或者恢复上一个备份：{{backup}}',
    includeList: '{{path}} 由多个 $include 文件合并而来；OpenClaw 无法写入这样的值，请手动编辑其中一个文件',
    includeRoot: '整个配置来自顶层的 $include；OpenClaw 不会通过根级 include 写入，请手动编辑 {{file}}',
    includeSiblings: '{{path}} 同时包含 $include 和其他键；OpenClaw 不会在这里写入，请手动编辑 {{file}} 或本文件',
    includeOutside: '$include {{include}} 位于配置目录和 OPENCLAW_INCLUDE_ROOTS 之外；OpenClaw 会拒绝它',
    includeUnreadable: '无法读取 $include 文件 {{include}}：{{reason}}',
    includeInArray: '{{path}} 位于使用 $include 的列表中；OpenClaw 不会在这里写入',
    includeWhole: '此修改会替换或删除 {{path}}，而它包含 $include {{file}}；OpenClaw 不会这样写入，请手动编辑这些文件',
    includeNested: '{{file}} 自身还有 $include（位于 {{path}}）；OpenClaw 只写入不含 $include 的被引用文件，请手动编辑',
    includeShared: '{{file}} 在多个位置被 $include 引用；OpenClaw 不会通过它写入，请手动编辑',
    includeExternal: '无法更新配置目录之外的 $include 文件 {{file}}；请直接编辑该文件，或把它移到配置目录下。',
    includeSpans: '此修改同时改动了 {{config}} 和被引用的文件 {{file}}；请分别保存对每个文件的修改',
    includeWritten: '已保存到被引用的文件 {{file}}；{{config}} 未改动',
    rejects_one: '未保存：OpenClaw 不接受修改后的结果：{{issue}}',
    rejects_other: '未保存：OpenClaw 不接受修改后的结果：{{issue}}（共 {{count}} 个问题）',
    schemaNotInstalled: '本机没有安装 OpenClaw',
    schemaUnreadable: '无法读取已安装 OpenClaw 的 schema：{{reason}}',
    quotesUnreadable: '无法读取 {{path}}：{{detail}}',
    quotesNone: '{{path}} 中没有需要替换的排版引号',
    quotesNotEnough: '只替换引号还不够：文件仍然无法解析（{{detail}}）；请手动修复',
  },
} satisfies DomainCatalog;
