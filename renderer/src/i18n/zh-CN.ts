/** 简体中文 strings; the same keys as en.ts (a test checks both ways). */
import type { Strings } from './en';

export const zhCN: Strings = {
  app: { title: 'Claw Control', tagline: '在本地模型上运行 OpenClaw' },
  nav: { overview: '概览', providers: '提供商', models: '模型', settings: '设置', label: '导航' },
  common: { loading: '加载中…', refresh: '刷新', none: '无', notSet: '未设置', retry: '重试' },
  config: {
    title: 'OpenClaw 配置',
    path: '文件',
    source: '来源',
    stateLabel: '状态',
    sources: {
      flag: '--config 参数',
      OPENCLAW_CONFIG_PATH: 'OPENCLAW_CONFIG_PATH',
      OPENCLAW_STATE_DIR: 'OPENCLAW_STATE_DIR',
      OPENCLAW_PROFILE: 'OPENCLAW_PROFILE',
      default: '默认位置',
      legacy: '旧版位置',
    },
    state: { ok: '已加载', missing: '尚无配置', malformed: '无法解析', unreadable: '无法读取' },
    missingHint: 'OpenClaw 尚未写入此文件。请运行 `openclaw onboard`，或在编辑功能可用后在此添加提供商。',
    parseErrorAt: '第 {{line}} 行第 {{column}} 列：{{message}}',
    parseErrorNoPos: '{{message}}',
    readOnly: '只读：{{reason}}',
    providers: '提供商',
    models: '模型',
    primary: '主模型',
    fallbacks: '备用模型',
    mode: 'models.mode',
  },
  about: {
    title: '关于本应用',
    version: '版本',
    host: '运行方式',
    hosts: { desktop: '桌面应用', headless: '无界面面板', cli: '命令行' },
    platform: '平台',
  },
  providers: {
    title: '提供商',
    empty: '尚未配置提供商。',
    modelCount_one: '{{count}} 个模型',
    modelCount_other: '{{count}} 个模型',
  },
  models: { title: '模型链', primary: '主模型', fallback: '备用 {{n}}', empty: '尚未设置主模型。' },
  settings: {
    title: '设置',
    language: '语言',
    languageSystem: '跟随系统',
    theme: '外观',
    themeHint: '浅色和深色跟随系统设置。',
  },
  errors: { loadFailed: '加载失败：{{message}}' },
};
