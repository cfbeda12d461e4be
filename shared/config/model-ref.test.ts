import { describe, expect, it } from 'vitest';
import { formatModelRef, normalizeRef, parseModelRef, resolveRef } from './model-ref';

describe('parseModelRef (split at the first "/")', () => {
  it.each([
    ['lmstudio/minimax-m2.1-gs32', { provider: 'lmstudio', model: 'minimax-m2.1-gs32' }],
    ['openrouter/moonshotai/kimi-k2', { provider: 'openrouter', model: 'moonshotai/kimi-k2' }],
    ['lmstudio/qwen/qwen3.5-9b', { provider: 'lmstudio', model: 'qwen/qwen3.5-9b' }],
    ['LMStudio/Foo', { provider: 'lmstudio', model: 'Foo' }],
    ['  lmstudio/x  ', { provider: 'lmstudio', model: 'x' }],
    ['lmstudio/x@work', { provider: 'lmstudio', model: 'x', profile: 'work' }],
    ['anthropic/claude-3-5@20241022', { provider: 'anthropic', model: 'claude-3-5@20241022' }],
    ['lmstudio/qwen3@q4_k_m', { provider: 'lmstudio', model: 'qwen3@q4_k_m' }],
    ['mlx/model@8bit', { provider: 'mlx', model: 'model@8bit' }],
    ['lmstudio/org@x/model', { provider: 'lmstudio', model: 'org@x/model' }],
  ])('%s', (raw, expected) => {
    expect(parseModelRef(raw)).toEqual(expected);
  });

  it.each(['', 'bare', '/x', 'x/', '  /  '])('rejects %j', (raw) => {
    expect(parseModelRef(raw)).toBeNull();
  });

  it('keeps the model id’s case and formats back', () => {
    expect(formatModelRef(parseModelRef('LM/Reader@a')!)).toBe('lm/Reader@a');
    expect(normalizeRef('OpenRouter/Moonshotai/Kimi')).toBe('openrouter/Moonshotai/Kimi');
  });
});

describe('resolveRef', () => {
  const context = {
    aliases: new Map([
      ['Sonnet', 'anthropic/claude-sonnet-4-5'],
      ['MiniMax Local', 'lmstudio/minimax-m2.1-gs32'],
    ]),
    configuredRefs: [
      'lmstudio/minimax-m2.1-gs32',
      'lmstudio/shared-id',
      'vllm/shared-id',
      'anthropic/claude-sonnet-4-5',
    ],
  };

  it('resolves aliases case-insensitively', () => {
    expect(resolveRef('sonnet', context)).toEqual({
      kind: 'ref',
      ref: { provider: 'anthropic', model: 'claude-sonnet-4-5' },
      via: 'alias',
      alias: 'Sonnet',
    });
  });

  it('resolves a bare id only when one configured provider has it', () => {
    expect(resolveRef('minimax-m2.1-gs32', context)).toMatchObject({
      kind: 'ref',
      via: 'unique-model',
      ref: { provider: 'lmstudio' },
    });
    expect(resolveRef('shared-id', context)).toEqual({
      kind: 'unresolved',
      reason: 'ambiguous',
      candidates: ['lmstudio/shared-id', 'vllm/shared-id'],
    });
    expect(resolveRef('nothing', context)).toEqual({ kind: 'unresolved', reason: 'unknown' });
  });

  it('takes full refs as written', () => {
    expect(resolveRef('Nosuch/thing', context)).toEqual({
      kind: 'ref',
      ref: { provider: 'nosuch', model: 'thing' },
      via: 'explicit',
    });
  });
});
