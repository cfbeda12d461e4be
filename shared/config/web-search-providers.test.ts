/**
 * The web-search provider rule (web-search-providers.ts) on the verdicts OpenClaw 2026.9.6 gave
 * (recorded from its `config validate` path; test/integration/web-search-providers.test.ts re-asks
 * the installed release), and its explanations in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { webSearchProviderIssues } from './web-search-providers';

const BUNDLED_PLUGINS = new Set(['google', 'lmstudio', 'minimax', 'ollama', 'openai', 'xai']);
const issues = (provider: string, plugins?: Record<string, unknown>) =>
  webSearchProviderIssues(
    { tools: { web: { search: { provider } } }, ...(plugins ? { plugins } : {}) },
    BUNDLED_PLUGINS,
  );

describe('tools.web.search.provider, as OpenClaw 2026.9.6 judges it', () => {
  it('a bundled provider passes; an external one needs its plugin named; an unknown one is refused', () => {
    expect(issues('ollama')).toEqual([]);
    expect(issues('grok')).toEqual([]);
    expect(issues('brave').map((i) => i.message)).toEqual([
      'web_search provider is not available: brave (install or enable plugin "brave", then run openclaw doctor --fix)',
    ]);
    expect(issues('kimi', { entries: { moonshot: {} } })).toEqual([]);
    expect(issues('brave', { allow: ['Brave'] })).toEqual([]);
    expect(issues('brave', { deny: ['brave'] })).toHaveLength(1);
    expect(issues('codex').map((i) => i.message)).toEqual(['unknown web_search provider: codex']);
    expect(issues('codex', { entries: { codex: {} } })).toEqual([]); // a stale entry: OpenClaw only warns
    expect(issues('lmstudio', { entries: { lmstudio: {} } })).toHaveLength(1); // a bundled plugin is no stale entry
    expect(issues('  ').map((i) => i.message)).toEqual(['web_search provider must not be empty']);
  });

  it('explains each in English and Chinese', () => {
    const en = createTranslator('en');
    const zh = createTranslator('zh-CN');
    const [missing] = issues('brave');
    const [unknown] = issues('codex');
    expect(en.message(missing!.detail!)).toBe(
      'the web-search provider “brave” needs the plugin “brave”, which OpenClaw does not bundle: install or enable it, then run openclaw doctor --fix',
    );
    expect(zh.message(missing!.detail!)).toBe(
      '网页搜索提供方“brave”需要插件“brave”，而 OpenClaw 没有内置它：请先安装或启用该插件，再运行 openclaw doctor --fix',
    );
    expect(zh.message(unknown!.detail!)).toMatch(
      /^没有任何插件提供网页搜索提供方“codex”（可用的有：brave, duckduckgo, /,
    );
  });
});
