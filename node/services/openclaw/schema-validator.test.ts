/** OpenClaw's own schema (the pinned release's, shipped with the app) through ajv: the old hand-written cases, plus files OpenClaw accepts that our copy used to refuse. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { beforeAll, describe, expect, it } from 'vitest';
import { openclawIssueDetail } from '@shared/config/issue-detail';
import {
  CUSTOM_PROVIDER_NEEDS_BASE_URL,
  CUSTOM_PROVIDER_NEEDS_MODELS,
  validateConfig as overlayRules,
} from '@shared/config/validate';
import { loadBundledSchema } from './schema-source';
import { createSchemaValidator, type SchemaValidator } from './schema-validator';

let validator: SchemaValidator;
beforeAll(async () => {
  const { schema, version } = await loadBundledSchema();
  validator = createSchemaValidator(schema, version);
}, 120_000);
const validateConfig = (config: unknown) => validator.validate(config);

const withProvider = (id: string, provider: unknown) => ({ models: { providers: { [id]: provider } } });
const row = (extra: Record<string, unknown> = {}) => ({ id: 'm', name: 'M', ...extra });

describe('OpenClaw 2026.9.6 schema through ajv', () => {
  it('accepts the seeds’ shapes', () => {
    expect(
      validateConfig({
        gateway: { mode: 'local' },
        agents: {
          defaults: {
            model: { primary: 'a/b', fallbacks: ['c/d'] },
            models: { 'a/b': { alias: 'B' } },
          },
          entries: {},
        },
        models: {
          mode: 'merge',
          providers: {
            lmstudio: {
              baseUrl: 'http://127.0.0.1:1234/v1',
              apiKey: 'lmstudio',
              api: 'openai-responses',
              models: [row({ contextWindow: 196608, cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } })],
            },
          },
        },
      }),
    ).toEqual([]);
  });

  it.each([
    ['an api typo', withProvider('lmstudio', { api: 'openai-chat' }), 'models.providers.lmstudio.api'],
    [
      'contextWindow 0',
      withProvider('lmstudio', { models: [row({ contextWindow: 0 })] }),
      'models.providers.lmstudio.models.0.contextWindow',
    ],
    [
      'contextWindow "big"',
      withProvider('lmstudio', { models: [row({ contextWindow: 'big' })] }),
      'models.providers.lmstudio.models.0.contextWindow',
    ],
    [
      'a model without name',
      withProvider('lmstudio', { models: [{ id: 'x' }] }),
      'models.providers.lmstudio.models.0.name',
    ],
    [
      'input "vision"',
      withProvider('lmstudio', { models: [row({ input: ['text', 'vision'] })] }),
      'models.providers.lmstudio.models.0.input.1',
    ],
    [
      'an unknown model key',
      withProvider('lmstudio', { models: [row({ foo: 1 })] }),
      'models.providers.lmstudio.models.0',
    ],
    [
      'a fractional timeoutSeconds',
      withProvider('lmstudio', { timeoutSeconds: 1.5 }),
      'models.providers.lmstudio.timeoutSeconds',
    ],
    ['mode "append"', { models: { mode: 'append' } }, 'models.mode'],
    ['a key OpenClaw does not know in gateway', { gateway: { anything: true } }, 'gateway'],
    ['fallbacks as a string', { agents: { defaults: { model: { fallbacks: 'x' } } } }, 'agents.defaults.model'],
    [
      'an unknown alias key',
      { agents: { defaults: { models: { 'a/b': { nickname: 'x' } } } } },
      'agents.defaults.models.a/b',
    ],
    [
      'a bad SecretRef',
      withProvider('lmstudio', { apiKey: { source: 'env', provider: 'default', id: 'lower' } }),
      'models.providers.lmstudio.apiKey',
    ],
  ])('rejects %s at %s', (_label, config, path) => {
    expect(validateConfig(config).map((issue) => issue.path)).toContain(path);
  });

  it('applies the custom-provider rule only to ids OpenClaw does not bundle', () => {
    expect(validateConfig(withProvider('lmstudio', {}))).toEqual([]);
    // Exactly the schema-free rule's two issues (shared/config/validate.test.ts spells them out).
    const custom = withProvider('myllm', {});
    expect(validateConfig(custom)).toEqual(overlayRules(custom));
    expect(validateConfig(custom).map((i) => i.message)).toEqual([
      CUSTOM_PROVIDER_NEEDS_BASE_URL,
      CUSTOM_PROVIDER_NEEDS_MODELS,
    ]);
  });

  it('keeps ${VAR} strings and SecretRefs valid', () => {
    expect(
      validateConfig(
        withProvider('x', {
          baseUrl: '${BASE}',
          apiKey: { source: 'env', provider: 'default', id: 'X_KEY' },
          headers: { A: '${TOKEN}' },
          models: [],
        }),
      ),
    ).toEqual([]);
  });

  // OpenClaw 2026.9.6 accepts each of these (its docs use them); our old hand-written copy refused them.
  it.each<[string, unknown]>([
    ['github-copilot params without baseUrl', withProvider('github-copilot', { params: { githubDomain: 'x' } })],
    ['clawrouter without baseUrl', withProvider('clawrouter', { apiKey: 'k' })],
    ['cloudflare-ai-gateway without baseUrl', withProvider('cloudflare-ai-gateway', { params: { accountId: 'a' } })],
    ['synthetic without models', withProvider('synthetic', { apiKey: 'k' })],
    [
      'a relative localService.command',
      withProvider('lmstudio', { localService: { command: './bin/llama-server', args: ['-m', 'x.gguf'] } }),
    ],
    ['agents.entries', { agents: { entries: { main: { name: 'Main' } } } }],
  ])('accepts %s', (_label, config) => {
    expect(validateConfig(config)).toEqual([]);
  });

  it('reports a root key OpenClaw does not know, as OpenClaw does', () => {
    expect(validateConfig({ experimentalThing: true })).toEqual([
      {
        path: '<root>',
        message: 'Unrecognized key: "experimentalThing"',
        detail: { code: 'schemaIssue.unrecognizedKey', params: { key: 'experimentalThing' } },
      },
    ]);
  });
});

describe('issues in words: the same as OpenClaw says them', () => {
  it('gives each issue of the recorded OpenClaw run the words OpenClaw’s own text reads as', async () => {
    const recorded = JSON.parse(
      await readFile(path.join(__dirname, '../../../test/fixtures/openclaw-validate/invalid-2026.9.6.json'), 'utf8'),
    ) as { config: string; output: { issues: { path: string; message: string; allowedValues?: unknown[] }[] } };
    const ours = validateConfig(JSON5.parse(recorded.config));
    // OpenClaw says "Invalid input" for a union it cannot place; ajv folds the same into its union's words.
    const vague = new Set(['schemaIssue.invalid', 'schemaIssue.oneOf']);
    let compared = 0;
    for (const theirs of recorded.output.issues) {
      const words = openclawIssueDetail(theirs.message, theirs.allowedValues)!;
      const mine = ours.find((issue) => issue.path === theirs.path);
      expect(mine, theirs.path).toBeDefined();
      if (vague.has(words.code)) {
        expect(vague.has(mine!.detail!.code), theirs.path).toBe(true);
        continue;
      }
      // OpenClaw lists all unknown keys of an object in one issue; ajv names each: the first is enough here.
      if (words.code === 'schemaIssue.unrecognizedKeys') {
        expect(mine!.detail!.code, theirs.path).toBe('schemaIssue.unrecognizedKey');
        continue;
      }
      // ajv knows the expected type, OpenClaw also the received one.
      if (words.code === 'schemaIssue.typeWas') {
        expect(mine!.detail, theirs.path).toEqual({ code: 'schemaIssue.type', params: { type: words.params!.type } });
        continue;
      }
      expect(mine!.detail, theirs.path).toEqual(words);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });
});

describe('the config as OpenClaw reads it (issue 28: accept what OpenClaw accepts)', () => {
  it('a legacy roster and channels relying on OpenClaw’s defaults pass; the migration is reported, not an issue', () => {
    const config = {
      agents: { list: [{ id: 'main', default: true }] },
      channels: { telegram: { botToken: 't' }, slack: { botToken: 'xoxb', appToken: 'xapp' } },
    };
    expect(validateConfig(config)).toEqual([]);
    expect(validator.migrations(config).map((c) => c.id)).toEqual(['roster-list', 'roster-default-markers']);
  });

  it('a defaulted field is optional but still checked when written', () => {
    expect(validateConfig({ channels: { telegram: { dmPolicy: 'sometimes' } } }).map((i) => i.path)).toEqual([
      'channels.telegram.dmPolicy',
    ]);
  });

  it('what OpenClaw refuses beyond its schema export: a channel it does not know, an unknown agent, a missing secret command', () => {
    expect(validateConfig({ channels: { qqbot: {} } })).toEqual([
      { path: 'channels.qqbot', message: 'unknown channel id: qqbot' },
    ]);
    expect(validateConfig({ talk: { agentId: 'ops' } }).map((i) => i.path)).toEqual(['talk.agentId']);
    const command = '/nonexistent/openclaw-resolver';
    expect(
      validateConfig({ secrets: { providers: { vault: { source: 'exec', command } } } }).map((i) => i.message),
    ).toEqual([`secrets.providers.vault.command is not readable: ${command}`]);
  });
});
