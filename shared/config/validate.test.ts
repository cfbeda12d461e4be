import { describe, expect, it } from 'vitest';
import { CUSTOM_PROVIDER_NEEDS_BASE_URL, CUSTOM_PROVIDER_NEEDS_MODELS } from './openclaw-schema';
import { findIncludes, touchesInclude, validateConfig } from './validate';

const withProvider = (id: string, provider: unknown) => ({ models: { providers: { [id]: provider } } });
const row = (extra: Record<string, unknown> = {}) => ({ id: 'm', name: 'M', ...extra });

describe('validateConfig (OpenClaw 2026.9 rules for the parts we edit)', () => {
  it('accepts the seeds’ shapes and leaves other sections alone', () => {
    expect(
      validateConfig({
        gateway: { anything: true },
        agents: {
          defaults: {
            model: { primary: 'a/b', fallbacks: ['c/d'] },
            models: { 'a/b': { alias: 'B' } },
            somethingElse: 1,
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
    ['fallbacks as a string', { agents: { defaults: { model: { fallbacks: 'x' } } } }, 'agents.defaults.model'],
    [
      'an unknown alias key',
      { agents: { defaults: { models: { 'a/b': { nickname: 'x' } } } } },
      'agents.defaults.models.a/b',
    ],
    [
      'a bad SecretRef',
      withProvider('lmstudio', { apiKey: { source: 'env', provider: 'default', id: 'lower' } }),
      'models.providers.lmstudio.apiKey.id',
    ],
  ])('rejects %s at %s', (_label, config, path) => {
    expect(validateConfig(config).map((issue) => issue.path)).toContain(path);
  });

  it('applies the custom-provider rule only to ids OpenClaw does not bundle', () => {
    expect(validateConfig(withProvider('lmstudio', {}))).toEqual([]);
    expect(validateConfig(withProvider('myllm', {}))).toEqual([
      { path: 'models.providers.myllm.baseUrl', message: CUSTOM_PROVIDER_NEEDS_BASE_URL },
      { path: 'models.providers.myllm.models', message: CUSTOM_PROVIDER_NEEDS_MODELS },
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

  it('leaves $include subtrees to OpenClaw', () => {
    const config = { models: { $include: './models.json5' }, agents: { defaults: { model: 'a/b' } } };
    expect(validateConfig(config)).toEqual([]);
    expect(findIncludes(config)).toEqual(['models']);
    expect(touchesInclude('models.providers.x', ['models'])).toBe(true);
    expect(touchesInclude('agents.defaults.model', ['models'])).toBe(false);
    expect(touchesInclude('anything', [''])).toBe(true);
  });
});
