/** The CLI's own words around the messages it prints (headers, severities, summaries). */
import type { DomainCatalog } from '../catalog';

export const cli = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    note: 'note: {{note}}',
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
    },
  },
  'zh-CN': {
    severity: { error: '错误', warning: '警告', info: '提示' },
    note: '注意：{{note}}',
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
    },
  },
} satisfies DomainCatalog;
