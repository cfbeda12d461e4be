/** The CLI's own words around the messages it prints (headers, severities, summaries). */
import type { DomainCatalog } from '../catalog';

export const cli = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    note: 'note: {{note}}',
    finding: '{{severity}}: {{message}}',
    serve: {
      notBuilt: 'The panel is not built (no {{file}}). Run: npm run build',
      portInUse: 'Port {{port}} is in use; pick another with --port',
      cannotStart: 'Cannot start the panel on {{host}}:{{port}}: {{detail}}',
      panel: 'Claw Control panel: {{url}}',
      config: 'OpenClaw config:    {{path}}',
      remote: 'Warning: listening on {{host}}; anyone who can reach this port and has the token can edit your config.',
      tunnel: 'From another machine: ssh -L {{port}}:127.0.0.1:{{port}} <this-host>, then open the URL above.',
      stop: 'Press Ctrl-C to stop.',
    },
    fixQuotes: { notWritten: 'Nothing written; run again with --yes to save this change.' },
    machines: { giveOne: 'give one of --panel URL, --exo URL or --rpc HOST:PORT' },
    doctor: {
      header: 'Doctor for {{path}}',
      allGood: 'All good.',
      fix: 'fix: {{fix}}',
      rule: 'rule: {{rule}}',
      problems_one: '{{count}} problem found',
      problems_other: '{{count}} problems found',
    },
    validate: {
      fix: '(fix: {{fix}})',
      openclawValid: 'OpenClaw: valid',
      openclawInvalid: 'OpenClaw: invalid',
      valid: '{{path}} is valid',
      invalid: '{{path}} is not valid',
    },
    edit: {
      noChange: 'No change to {{path}}',
      blocked: 'this edit could not be saved: {{reasons}}',
      saved: 'Saved {{path}}',
      savedWithBackup: 'Saved {{path}} (previous version in {{backup}})',
      openclawAccepts: 'OpenClaw accepts the new config.',
      gaveUp_one:
        '{{path}} kept changing while this edit was saved (another program is writing it); tried {{count}} time, nothing written. Run the command again.',
      gaveUp_other:
        '{{path}} kept changing while this edit was saved (another program is writing it); tried {{count}} times, nothing written. Run the command again.',
    },
  },
  'zh-CN': {
    severity: { error: '错误', warning: '警告', info: '提示' },
    note: '注意：{{note}}',
    finding: '{{severity}}：{{message}}',
    serve: {
      notBuilt: '面板还没有构建（没有 {{file}}）。请运行：npm run build',
      portInUse: '端口 {{port}} 已被占用；请用 --port 换一个',
      cannotStart: '无法在 {{host}}:{{port}} 上启动面板：{{detail}}',
      panel: 'Claw Control 面板：{{url}}',
      config: 'OpenClaw 配置：{{path}}',
      remote: '警告：正在监听 {{host}}；任何能访问这个端口并持有令牌的人都能修改你的配置。',
      tunnel: '从另一台机器访问：ssh -L {{port}}:127.0.0.1:{{port}} <本机地址>，然后打开上面的 URL。',
      stop: '按 Ctrl-C 停止。',
    },
    fixQuotes: { notWritten: '没有写入任何内容；加 --yes 再运行一次即可保存这个修改。' },
    machines: { giveOne: '请给出 --panel URL、--exo URL 或 --rpc HOST:PORT 中的一个' },
    doctor: {
      header: '诊断 {{path}}',
      allGood: '一切正常。',
      fix: '修复：{{fix}}',
      rule: '规则：{{rule}}',
      problems_one: '发现 {{count}} 个问题',
      problems_other: '发现 {{count}} 个问题',
    },
    validate: {
      fix: '（修复：{{fix}}）',
      openclawValid: 'OpenClaw：有效',
      openclawInvalid: 'OpenClaw：无效',
      valid: '{{path}} 有效',
      invalid: '{{path}} 无效',
    },
    edit: {
      noChange: '{{path}} 没有变化',
      blocked: '此修改无法保存：{{reasons}}',
      saved: '已保存 {{path}}',
      savedWithBackup: '已保存 {{path}}（上一版本在 {{backup}}）',
      openclawAccepts: 'OpenClaw 接受新的配置。',
      gaveUp_one:
        '保存时 {{path}} 一直在被另一个程序修改，试了 {{count}} 次都没写成，文件没有改动。请再运行一次该命令。',
      gaveUp_other:
        '保存时 {{path}} 一直在被另一个程序修改，试了 {{count}} 次都没写成，文件没有改动。请再运行一次该命令。',
    },
  },
} satisfies DomainCatalog;
