import { describe, expect, it } from 'vitest';
import type { ConfigObject } from '../config/config-access';
import { applyOperations } from '../config/operations';
import { searchIndex, searchModels } from './model-search';

/** The shape of the benchmark's config (bench/config-save.bench.ts largeConfigText(50, 200)), as an object. */
const big = (): ConfigObject => ({
  agents: { defaults: { model: { primary: 'p0/model-0', fallbacks: ['p1/model-1', 'p2/model-2', 'p3/model-3'] } } },
  models: {
    providers: Object.fromEntries(
      Array.from({ length: 50 }, (_, p) => [
        `p${p}`,
        {
          baseUrl: `http://192.168.1.${p}:1234/v1`,
          api: 'openai-completions',
          models: Array.from({ length: 200 }, (_, m) => ({ id: `model-${m}`, name: `Model ${m} of provider ${p}` })),
        },
      ]),
    ),
  },
});

describe('one search across 50 providers × 200 models (issue #24)', () => {
  const config = big();
  const index = searchIndex(config);

  it('indexes every model, not the first 500', () => {
    expect(index.entries).toHaveLength(10_000);
    expect(index.providers).toHaveLength(50);
  });

  it('finds a model of the 46th provider by ref, by provider prefix and by its name', () => {
    expect(searchModels(index, 'p45/model-7', 5).hits[0]?.ref).toBe('p45/model-7');
    const prefix = searchModels(index, 'p45/', 8);
    expect(prefix.total).toBe(200);
    expect(prefix.hits.map((h) => h.provider)).toEqual(Array(8).fill('p45'));
    expect(searchModels(index, 'model 7 of provider 45', 5).hits.map((h) => h.ref)).toContain('p45/model-7');
  });

  it('finds a model by its alias, and puts an exact alias first', () => {
    const { config: withAlias } = applyOperations(config, [{ op: 'setAlias', ref: 'p45/model-199', alias: 'farm' }]);
    const hits = searchModels(searchIndex(withAlias), 'farm', 3).hits;
    expect(hits[0]).toMatchObject({ ref: 'p45/model-199', alias: 'farm' });
  });

  it('is built once per providers object: reordering the chain reuses it', () => {
    const { config: reordered } = applyOperations(config, [
      { op: 'setChain', refs: ['p1/model-1', 'p0/model-0', 'p2/model-2', 'p3/model-3'] },
    ]);
    expect(searchIndex(reordered)).toBe(index);
  });

  it('finds nothing for an empty query or a word no model has', () => {
    expect(searchModels(index, '  ', 5)).toEqual({ hits: [], total: 0 });
    expect(searchModels(index, 'p45/ nosuchword', 5).total).toBe(0);
  });
});
