import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { ruleSource } from '../rules/sources';
import { ruleVerdict, ruleVersions } from '../rules/ranges';
import { checkConfig, newFindings } from './checks';
import type { ConfigObject } from './config-access';
import { applyOperations } from './operations';
import { msg } from '../i18n/message';

const seed = (name: string): ConfigObject =>
  JSON5.parse(readFileSync(path.resolve(__dirname, '../../test/fixtures/configs', name), 'utf8'));
const codes = (config: ConfigObject) => checkConfig(config, null).map((f) => `${f.severity}:${f.code}@${f.path}`);

describe('checkConfig', () => {
  it('flags the seed’s two traps: aliases as an allow-list and a local server without timeoutSeconds', () => {
    expect(codes(seed('seed-hybrid.json5'))).toEqual([
      'warning:alias-allowlist@agents.defaults.models',
      'warning:local-no-timeout@models.providers.lmstudio.timeoutSeconds',
    ]);
  });

  it('offers fixes that clear those findings when applied', () => {
    const config = seed('seed-hybrid.json5');
    const operations = checkConfig(config, null).flatMap((f) => f.fix?.operations ?? []);
    expect(checkConfig(applyOperations(config, operations).config, null)).toEqual([]);
  });

  it('reports refs to unknown providers, unresolvable bare ids, repeats and the primary in fallbacks', () => {
    const config = {
      agents: {
        defaults: {
          model: {
            primary: 'nosuch/x',
            fallbacks: ['nosuch/x', 'local-model', 'anthropic/claude-opus-4-5', 'anthropic/claude-opus-4-5'],
          },
        },
      },
    };
    expect(codes(config)).toEqual([
      'error:ref-unknown-provider@agents.defaults.model.primary',
      'error:ref-unknown-provider@agents.defaults.model.fallbacks.0',
      'error:ref-unresolved@agents.defaults.model.fallbacks.1',
      'warning:fallback-is-primary@agents.defaults.model.fallbacks.0',
      'warning:fallback-duplicate@agents.defaults.model.fallbacks.3',
    ]);
  });

  it('says when a model id with "/" needs the full ref', () => {
    const config = {
      agents: { defaults: { model: { primary: 'google/gemma-4-26b-a4b' } } },
      models: {
        providers: { lmstudio: { timeoutSeconds: 600, models: [{ id: 'google/gemma-4-26b-a4b', name: 'Gemma' }] } },
      },
    };
    const [finding] = checkConfig(config, null);
    expect(finding).toMatchObject({ code: 'ref-slash-id', severity: 'warning' });
    expect(finding!.message.params?.owner).toBe('lmstudio/google/gemma-4-26b-a4b');
  });

  it('warns about a model not listed under its custom provider', () => {
    const config = seed('seed-custom-local.json5');
    (config as { agents?: unknown }).agents = { defaults: { model: { primary: 'local/other-model' } } };
    expect(codes(config)).toContain('warning:model-not-listed@agents.defaults.model.primary');
  });

  it('catches a reversed alias map and duplicate aliases, and offers the fix for the reversed one', () => {
    const config = {
      agents: {
        defaults: {
          modelPolicy: {},
          models: { nemotron: { alias: 'lmstudio/nemotron-70b' }, 'a/x': { alias: 'Fast' }, 'a/y': { alias: 'fast' } },
        },
      },
      models: { providers: { lmstudio: { timeoutSeconds: 60 } } },
    };
    const findings = checkConfig(config, null);
    expect(findings.map((f) => f.code)).toEqual(['alias-map-reversed', 'alias-duplicate']);
    expect(findings[0]!.fix?.operations).toEqual([{ op: 'setAlias', ref: 'lmstudio/nemotron-70b', alias: 'nemotron' }]);
  });

  it('warns about models.mode replace, a misplaced providers block and llama.cpp with the Responses API', () => {
    const config = {
      providers: { lmstudio: {} },
      models: {
        mode: 'replace',
        providers: {
          llamacpp: { baseUrl: 'http://127.0.0.1:8080/v1', api: 'openai-responses', timeoutSeconds: 600, models: [] },
        },
      },
    };
    expect(codes(config)).toEqual([
      'error:providers-misplaced@providers',
      'warning:responses-unsupported@models.providers.llamacpp.api',
      'warning:mode-replace@models.mode',
    ]);
  });

  it('treats LAN servers like local ones and hosted ones not at all', () => {
    const config = {
      models: {
        providers: {
          box: { baseUrl: 'http://192.168.1.20:1234/v1', models: [] },
          hosted: { baseUrl: 'https://api.example.com/v1', models: [] },
        },
      },
    };
    expect(codes(config)).toEqual(['warning:local-no-timeout@models.providers.box.timeoutSeconds']);
  });

  it('tells which findings an edit introduced', () => {
    const before = checkConfig(seed('seed-hybrid.json5'), null);
    const after = checkConfig(
      applyOperations(seed('seed-hybrid.json5'), [
        { op: 'addFallback', ref: 'openai/gpt-5' },
        { op: 'setMode', mode: 'replace' },
      ]).config,
      null,
    );
    expect(newFindings(before, after).map((f) => f.code)).toEqual(['mode-replace']);
  });

  it('holds the legacy allow-list rule only while meta.migrations.modelPolicyAllowlist is absent', () => {
    const config = { agents: { defaults: { models: { 'a/b': { alias: 'B' } } } } };
    expect(checkConfig(config, null).map((f) => f.code)).toContain('alias-allowlist');
    const migrated = { ...config, meta: { migrations: { modelPolicyAllowlist: true } } };
    expect(checkConfig(migrated, null).map((f) => f.code)).not.toContain('alias-allowlist');
  });

  it('shows the legacy agents.list roster once, as what OpenClaw migrates, and contextTokens above contextWindow, each with its source', () => {
    const config = {
      agents: { list: [{ id: 'main' }] },
      models: {
        providers: {
          lmstudio: {
            timeoutSeconds: 600,
            models: [{ id: 'm', name: 'M', contextWindow: 32768, contextTokens: 65536 }],
          },
        },
      },
    };
    const found = checkConfig(config, null);
    expect(found.map((f) => `${f.code}@${f.path}`)).toEqual([
      'context-tokens-above-window@models.providers.lmstudio.models.0.contextTokens',
      // What OpenClaw itself migrates on load: one finding, information (its release range is the migration's own).
      'openclaw-migrates@agents.list',
    ]);
    expect(found[1]!.severity).toBe('info');
    expect(found[1]!.ruleLine).toEqual(
      msg('rules.line', {
        versions: msg('rules.versions', { range: '>=2026.8.1' }),
        source: 'dist/legacy.roster-zIYbDm7V.mjs (src/config/legacy.roster.ts)',
      }),
    );
    expect(found[0]!.fix?.operations).toEqual([
      { op: 'updateModel', provider: 'lmstudio', id: 'm', set: { contextTokens: 32768 } },
    ]);
    expect(ruleVerdict(found[0]!.code, '2026.9.6')).toBe('holds');
  });

  it('names the OpenClaw versions and source of every rule about OpenClaw’s behaviour', () => {
    expect(ruleSource('alias-allowlist')).toEqual({
      versions: ruleVersions('alias-allowlist'),
      source: 'src/config/model-policy-allowlist-migration.ts',
      whileAbsent: 'meta.migrations.modelPolicyAllowlist',
    });
    for (const code of ['ref-unresolved', 'local-no-timeout', 'mode-replace', 'provider-id-case'])
      expect(ruleSource(code)?.source).toMatch(/^(src|packages)\//);
  });
});
