import { describe, expect, it } from 'vitest';
import {
  CUSTOM_PROVIDER_NEEDS_BASE_URL,
  CUSTOM_PROVIDER_NEEDS_MODELS,
  findIncludes,
  touchesInclude,
  validateConfig,
} from './validate';

const withProvider = (id: string, provider: unknown) => ({ models: { providers: { [id]: provider } } });

describe('validateConfig (the schema-free rules of OpenClaw 2026.9.6)', () => {
  it('applies the custom-provider rule only to ids OpenClaw treats as built-in overlays', () => {
    expect(validateConfig(withProvider('lmstudio', {}))).toEqual([]);
    expect(validateConfig(withProvider('GitHub-Copilot', { params: { githubDomain: 'x' } }))).toEqual([]);
    expect(validateConfig(withProvider('clawrouter', {}))).toEqual([]);
    expect(validateConfig(withProvider('myllm', {}))).toEqual([
      {
        path: 'models.providers.myllm.baseUrl',
        message: CUSTOM_PROVIDER_NEEDS_BASE_URL,
        detail: { code: 'schemaIssue.customNeedsBaseUrl' },
      },
      {
        path: 'models.providers.myllm.models',
        message: CUSTOM_PROVIDER_NEEDS_MODELS,
        detail: { code: 'schemaIssue.customNeedsModels' },
      },
    ]);
  });

  it('needs an id and a name on every model row', () => {
    expect(
      validateConfig(withProvider('lmstudio', { models: [{ id: 'x' }, { id: '', name: 'Y' }] })).map((i) => i.path),
    ).toEqual(['models.providers.lmstudio.models.0.name', 'models.providers.lmstudio.models.1.id']);
  });

  it('is never stricter than OpenClaw: other sections and unknown keys are left to the schema', () => {
    expect(validateConfig({ gateway: { anything: true }, agents: { entries: {} } })).toEqual([]);
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
