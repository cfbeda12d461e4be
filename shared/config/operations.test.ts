import { createTranslator } from '@locales/translate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { modelChain, type ConfigObject } from './config-access';
import { applyOperations, OperationError, type ConfigOperation } from './operations';
import { msg } from '../i18n/message';
import { presetProvider } from './presets';

/** The edit is refused with an OperationError whose English text (as the CLI prints it) matches. */
function expectRefused(run: () => unknown, expected: RegExp | string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(OperationError);
  // Sentences start with a capital: compare without case.
  const pattern = typeof expected === 'string' ? expected.toLowerCase() : new RegExp(expected.source, 'i');
  const said = createTranslator('en', 'cli').message((thrown as OperationError).text);
  expect(typeof pattern === 'string' ? said.toLowerCase() : said).toMatch(pattern);
}

const seed = (name: string): ConfigObject =>
  JSON5.parse(readFileSync(path.resolve(__dirname, '../../test/fixtures/configs', name), 'utf8'));

const apply = (config: ConfigObject, ...ops: ConfigOperation[]) => applyOperations(config, ops);
const chainOf = (config: ConfigObject) => {
  const { primary, fallbacks } = modelChain(config);
  return [primary, ...fallbacks];
};
const defaults = (config: ConfigObject) => (config.agents as { defaults: Record<string, unknown> }).defaults;

describe('layouts (from the seed’s hybrid example)', () => {
  const hybrid = seed('seed-hybrid.json5');

  it('local-first swaps the primary and the first fallback', () => {
    const { config } = apply(hybrid, { op: 'applyLayout', layout: 'local-first' });
    expect(chainOf(config)).toEqual([
      'lmstudio/minimax-m2.1-gs32',
      'anthropic/claude-sonnet-4-5',
      'anthropic/claude-opus-4-5',
    ]);
  });

  it('its notes read in Chinese too, with the panel or the CLI command to use', () => {
    const { notes } = apply(hybrid, { op: 'applyLayout', layout: 'local-only' });
    expect(createTranslator('zh-CN', 'panel').message(notes[0]!)).toBe(
      '已从模型链中移除 2 个托管模型（其 provider 仍保留在配置中）。',
    );
    const dropped = apply(
      { agents: { defaults: { model: { primary: 'anthropic/x' } } }, models: { providers: { anthropic: {} } } },
      { op: 'removeProvider', id: 'anthropic', removeRefs: true },
    ).notes;
    expect(dropped[0]).toEqual(msg('editNotes.noPrimaryLeft'));
    expect(createTranslator('en', 'cli').message(dropped[0]!)).toContain('claw-control models primary');
    expect(createTranslator('en', 'panel').message(dropped[0]!)).not.toContain('claw-control');
    expect(createTranslator('zh-CN', 'cli').message(dropped[1]!)).toBe('已删除 1 处指向 anthropic 的引用。');
  });

  it('hosted-primary swaps it back', () => {
    const local = apply(hybrid, { op: 'applyLayout', layout: 'local-first' }).config;
    expect(chainOf(apply(local, { op: 'applyLayout', layout: 'hosted-primary' }).config)).toEqual(chainOf(hybrid));
  });

  it('local-only keeps only local models and says what it dropped', () => {
    const { config, notes } = apply(hybrid, { op: 'applyLayout', layout: 'local-only' });
    expect(chainOf(config)).toEqual(['lmstudio/minimax-m2.1-gs32']);
    expect(notes).toEqual([msg('editNotes.hostedRemoved', { count: 2 })]);
    expect((config.models as { providers: object }).providers).toEqual(
      (hybrid.models as { providers: object }).providers,
    );
  });

  it('refuses a layout the chain cannot take', () => {
    const recommended = seed('seed-recommended.json5'); // local primary, no hosted model in the chain
    expectRefused(() => apply(recommended, { op: 'applyLayout', layout: 'hosted-primary' }), /no hosted model/);
  });

  it('puts models.mode back to merge for layouts with hosted fallbacks', () => {
    const replace = apply(hybrid, { op: 'setMode', mode: 'replace' }).config;
    const { config, notes } = apply(replace, { op: 'applyLayout', layout: 'local-first' });
    expect((config.models as { mode: string }).mode).toBe('merge');
    expect(notes).toContainEqual(msg('editNotes.mergeRestored'));
  });

  it('never mutates its input', () => {
    const before = JSON.stringify(hybrid);
    apply(
      hybrid,
      { op: 'applyLayout', layout: 'local-only' },
      { op: 'removeProvider', id: 'lmstudio', removeRefs: true },
    );
    expect(JSON.stringify(hybrid)).toBe(before);
  });
});

describe('chain operations', () => {
  const hybrid = seed('seed-hybrid.json5');

  it('sets the primary from an alias and stores the full ref', () => {
    const { config, notes } = apply(hybrid, { op: 'setPrimary', ref: 'minimax local' });
    expect(chainOf(config)).toEqual(['lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5']);
    expect(notes).toEqual([msg('editNotes.fallbackNowPrimary', { ref: 'lmstudio/minimax-m2.1-gs32' })]);
  });

  it('refuses an unknown provider like `openclaw models set`', () => {
    expectRefused(() => apply(hybrid, { op: 'setPrimary', ref: 'nosuch/x' }), /unknown model provider "nosuch"/);
    expectRefused(
      () => apply(hybrid, { op: 'setPrimary', ref: 'no-such-alias' }),
      /neither an alias nor a configured model id/,
    );
  });

  it('accepts an unlisted model of a configured provider and a bundled provider', () => {
    expect(chainOf(apply(hybrid, { op: 'setPrimary', ref: 'lmstudio/other' }).config)[0]).toBe('lmstudio/other');
    expect(chainOf(apply(hybrid, { op: 'setPrimary', ref: 'openrouter/moonshotai/kimi-k2' }).config)[0]).toBe(
      'openrouter/moonshotai/kimi-k2',
    );
  });

  it('adds, moves and removes fallbacks by 1-based position', () => {
    let { config } = apply(hybrid, { op: 'addFallback', ref: 'openai/gpt-5', position: 1 });
    expect(chainOf(config)).toEqual([
      'anthropic/claude-sonnet-4-5',
      'openai/gpt-5',
      'lmstudio/minimax-m2.1-gs32',
      'anthropic/claude-opus-4-5',
    ]);
    config = apply(config, { op: 'moveFallback', ref: 'openai/gpt-5', position: 3 }).config;
    expect(chainOf(config).slice(1)).toEqual([
      'lmstudio/minimax-m2.1-gs32',
      'anthropic/claude-opus-4-5',
      'openai/gpt-5',
    ]);
    config = apply(config, { op: 'removeFallback', ref: 'Opus' }).config;
    expect(chainOf(config).slice(1)).toEqual(['lmstudio/minimax-m2.1-gs32', 'openai/gpt-5']);
    config = apply(config, { op: 'clearFallbacks' }).config;
    expect(chainOf(config)).toEqual(['anthropic/claude-sonnet-4-5']);
  });

  it.each<[string, ConfigOperation, RegExp]>([
    ['a duplicate fallback', { op: 'addFallback', ref: 'lmstudio/minimax-m2.1-gs32' }, /already fallback 1/],
    ['the primary as a fallback', { op: 'addFallback', ref: 'Sonnet' }, /is the primary model/],
    ['removing a missing fallback', { op: 'removeFallback', ref: 'openai/gpt-5' }, /is not a fallback/],
    ['moving past the end', { op: 'moveFallback', ref: 'Opus', position: 5 }, /past the end/],
    ['a chain with a repeat', { op: 'setChain', refs: ['Opus', 'anthropic/claude-opus-4-5'] }, /appears twice/],
  ])('refuses %s', (_label, op, message) => {
    expectRefused(() => apply(hybrid, op), message);
  });

  it('turns a string model into the object form when adding fallbacks', () => {
    const config = { agents: { defaults: { model: 'anthropic/claude-opus-4-5' } } };
    expect(defaults(apply(config, { op: 'addFallback', ref: 'anthropic/claude-sonnet-4-5' }).config).model).toEqual({
      primary: 'anthropic/claude-opus-4-5',
      fallbacks: ['anthropic/claude-sonnet-4-5'],
    });
  });
});

describe('aliases', () => {
  const hybrid = seed('seed-hybrid.json5');

  it('sets one alias per model, keyed by the full ref', () => {
    const { config } = apply(hybrid, { op: 'setAlias', ref: 'lmstudio/minimax-m2.1-gs32', alias: 'Studio' });
    expect(defaults(config).models).toMatchObject({ 'lmstudio/minimax-m2.1-gs32': { alias: 'Studio' } });
  });

  it('refuses an alias used by another model (case-insensitive) and a backwards alias', () => {
    expectRefused(
      () => apply(hybrid, { op: 'setAlias', ref: 'lmstudio/minimax-m2.1-gs32', alias: 'opus' }),
      /already names anthropic\/claude-opus-4-5/,
    );
    expectRefused(() => apply(hybrid, { op: 'setAlias', ref: 'Opus', alias: 'lmstudio/x' }), /is backwards/);
  });

  it('warns when the first alias turns agents.defaults.models into an allow-list', () => {
    const { notes } = apply(
      { models: { providers: { lmstudio: {} } } },
      { op: 'setAlias', ref: 'lmstudio/x', alias: 'X' },
    );
    expect(notes[0]).toEqual(msg('editNotes.legacyAllowList'));
  });

  it('removes an alias, keeping an empty entry only while the legacy allow-list applies', () => {
    const legacy = apply(hybrid, { op: 'removeAlias', ref: 'Opus' }).config;
    expect(defaults(legacy).models).toHaveProperty(['anthropic/claude-opus-4-5'], {});
    const open = apply(hybrid, { op: 'setModelPolicy', allow: [] }, { op: 'removeAlias', ref: 'Opus' }).config;
    expect(defaults(open).models).not.toHaveProperty(['anthropic/claude-opus-4-5']);
    expect(defaults(open).modelPolicy).toEqual({});
  });
});

describe('providers and model rows', () => {
  const hybrid = seed('seed-hybrid.json5');

  it('renames a provider and rewrites every reference', () => {
    const withPolicy = apply(hybrid, { op: 'setModelPolicy', allow: ['lmstudio/*', 'Opus'] }).config;
    const { config } = apply(withPolicy, { op: 'renameProvider', from: 'lmstudio', to: 'studio' });
    expect(Object.keys((config.models as { providers: object }).providers)).toEqual(['studio']);
    expect(chainOf(config)).toEqual([
      'anthropic/claude-sonnet-4-5',
      'studio/minimax-m2.1-gs32',
      'anthropic/claude-opus-4-5',
    ]);
    expect(Object.keys(defaults(config).models as object)).toEqual([
      'anthropic/claude-sonnet-4-5',
      'studio/minimax-m2.1-gs32',
      'anthropic/claude-opus-4-5',
    ]);
    expect(defaults(config).modelPolicy).toEqual({ allow: ['studio/*', 'Opus'] });
  });

  it('reports the refs a removal would break, and removes them only when asked', () => {
    expectRefused(
      () => apply(hybrid, { op: 'removeProvider', id: 'lmstudio' }),
      'removing lmstudio would break 2 references: fallback 1 lmstudio/minimax-m2.1-gs32; agents.defaults.models["lmstudio/minimax-m2.1-gs32"]. Remove them too (--remove-refs) or change them first',
    );
    const { config } = apply(hybrid, { op: 'removeProvider', id: 'lmstudio', removeRefs: true });
    expect(chainOf(config)).toEqual(['anthropic/claude-sonnet-4-5', 'anthropic/claude-opus-4-5']);
    expect((config.models as { providers: object }).providers).toEqual({});
  });

  it('promotes the first fallback when the primary’s model is removed', () => {
    const local = seed('seed-recommended.json5');
    const added = apply(local, { op: 'addFallback', ref: 'anthropic/claude-opus-4-5' }).config;
    const { config, notes } = apply(added, {
      op: 'removeModel',
      provider: 'lmstudio',
      id: 'minimax-m2.1-gs32',
      removeRefs: true,
    });
    expect(chainOf(config)).toEqual(['anthropic/claude-opus-4-5']);
    expect(notes[0]).toEqual(msg('editNotes.promoted', { ref: 'anthropic/claude-opus-4-5' }));
  });

  it('adds a provider from a preset and model rows, refusing duplicates', () => {
    let { config } = apply({}, { op: 'addProvider', id: 'lmstudio', provider: presetProvider('lmstudio') });
    config = apply(config, {
      op: 'addModel',
      provider: 'lmstudio',
      model: { id: 'qwen/qwen3-coder-30b', contextWindow: 65536 },
    }).config;
    expect((config.models as { providers: Record<string, unknown> }).providers.lmstudio).toEqual({
      baseUrl: 'http://127.0.0.1:1234/v1',
      apiKey: 'lmstudio',
      api: 'openai-responses',
      timeoutSeconds: 600,
      models: [{ id: 'qwen/qwen3-coder-30b', contextWindow: 65536, name: 'qwen/qwen3-coder-30b' }],
    });
    expectRefused(() => apply(config, { op: 'addProvider', id: 'lmstudio', provider: {} }), /already exists/);
    expectRefused(
      () => apply(config, { op: 'addModel', provider: 'lmstudio', model: { id: 'qwen/qwen3-coder-30b' } }),
      /already lists/,
    );
    expectRefused(
      () => apply(config, { op: 'addModel', provider: 'nope', model: { id: 'x' } }),
      /no provider "nope" is configured \(configured: lmstudio\)/,
    );
  });

  it('updates and unsets fields of a provider and a model row', () => {
    const { config } = apply(
      hybrid,
      { op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 900, apiKey: null } },
      {
        op: 'updateModel',
        provider: 'lmstudio',
        id: 'minimax-m2.1-gs32',
        set: { contextTokens: 65536 },
        unset: ['cost'],
      },
    );
    const provider = (config.models as { providers: Record<string, Record<string, unknown>> }).providers.lmstudio!;
    expect(provider.timeoutSeconds).toBe(900);
    expect(provider).not.toHaveProperty('apiKey');
    expect((provider.models as Record<string, unknown>[])[0]).toMatchObject({ contextTokens: 65536 });
    expect((provider.models as Record<string, unknown>[])[0]).not.toHaveProperty('cost');
  });

  it('is an OperationError for every refusal', () => {
    try {
      apply(hybrid, { op: 'removeProvider', id: 'ghost' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OperationError);
    }
  });
});

describe('chain and alias edits at 10,000 models (issue #24: a drop re-copied the whole config)', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') {
      for (const child of Object.values(value)) deepFreeze(child);
      Object.freeze(value);
    }
    return value;
  };

  it('share the providers with the input, and never write to it (a frozen input)', () => {
    const hybrid = deepFreeze(seed('seed-hybrid.json5'));
    const runs: ConfigOperation[][] = [
      [{ op: 'setChain', refs: ['anthropic/claude-opus-4-5', 'lmstudio/minimax-m2.1-gs32'] }],
      [{ op: 'setPrimary', ref: 'anthropic/claude-opus-4-5' }],
      [
        { op: 'removeFallback', ref: 'anthropic/claude-opus-4-5' },
        { op: 'addFallback', ref: 'anthropic/claude-opus-4-5' },
        { op: 'moveFallback', ref: 'anthropic/claude-opus-4-5', position: 1 },
      ],
      [{ op: 'removeFallback', ref: 'anthropic/claude-opus-4-5' }],
      [{ op: 'clearFallbacks' }],
      [{ op: 'applyLayout', layout: 'local-first' }],
      [
        { op: 'setAlias', ref: 'anthropic/claude-opus-4-5', alias: 'big' },
        { op: 'removeAlias', ref: 'big' },
      ],
      [{ op: 'setModelPolicy', allow: ['anthropic/*'] }],
      [{ op: 'enableCompaction' }],
    ];
    for (const ops of runs) {
      const { config } = apply(hybrid, ...ops);
      expect(config).not.toBe(hybrid);
      expect(config.agents).not.toBe(hybrid.agents);
      expect((config.models as ConfigObject).providers).toBe((hybrid.models as ConfigObject).providers);
    }
  });

  it('copy everything for an edit of the providers', () => {
    const hybrid = deepFreeze(seed('seed-hybrid.json5'));
    const { config } = apply(
      hybrid,
      { op: 'setChain', refs: ['anthropic/claude-opus-4-5'] },
      { op: 'removeProvider', id: 'lmstudio', removeRefs: true },
    );
    expect((config.models as ConfigObject).providers).not.toBe((hybrid.models as ConfigObject).providers);
  });
});
